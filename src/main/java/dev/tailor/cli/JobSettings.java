package dev.tailor.cli;

import dev.tailor.pipeline.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the job file a command names (or the default one) and combines it with the command's flags. */
final class JobSettings {
    static final Path DEFAULT_JOB = Path.of("jobs", "nightly.yaml");

    private JobSettings() {
    }

    /** The job file given as the only positional argument, else jobs/nightly.yaml when it exists, else none. */
    static JobFile jobFile(Arguments arguments) throws UsageException {
        if (arguments.positionals().size() > 1) {
            throw new UsageException("too many arguments: " + String.join(" ", arguments.positionals()));
        }
        return load(arguments.positionals().isEmpty() ? null : Path.of(arguments.positionals().get(0)));
    }

    /** The job file at {@code file}, or (when null) jobs/nightly.yaml when it exists, else none. */
    static JobFile load(Path file) throws UsageException {
        if (file == null) {
            return Files.exists(DEFAULT_JOB) ? new JobFileLoader().load(DEFAULT_JOB) : JobFile.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("job file '" + file + "' does not exist");
        }
        return new JobFileLoader().load(file);
    }

    /** The settings of a run: job file, then flags over it, every path checked. */
    static RunSettings resolve(Arguments arguments) throws UsageException {
        return new RunSettingsResolver().resolve(jobFile(arguments), arguments);
    }
}
