package dev.tailor.cli;

import dev.tailor.pipeline.PipelineLauncher;
import dev.tailor.pipeline.RunInputs;
import dev.tailor.pipeline.RunLock;
import dev.tailor.pipeline.RunSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * The command line: parses arguments, validates configuration before anything is written, and hands
 * a run to the pipeline. Returns the contract's exit code instead of exiting, so tests can call it.
 */
public final class TailorCli {
    static final Path DEFAULT_JOB = Path.of("jobs", "nightly.yaml");
    private static final Set<String> RUN_OPTIONS = Set.of("postings", "profile", "out", "db", "templates");
    private static final Set<String> RUN_SWITCHES = Set.of("force");
    private static final Set<String> LATER_COMMANDS = Set.of("schedule", "status");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final PipelineLauncher launcher;

    public TailorCli(PrintStream out, PrintStream err, Clock clock, PipelineLauncher launcher) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.launcher = launcher;
    }

    /** Runs one command and returns its exit code. */
    public int execute(String... args) {
        try {
            String command = args.length == 0 ? "" : args[0];
            if (command.isEmpty()) {
                err.print(HelpText.TEXT);
                return ExitCode.USAGE;
            }
            if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
                out.print(HelpText.TEXT);
                return ExitCode.DONE;
            }
            if (command.equals("fetch")) {
                return new FetchCommand(out).execute(args);
            }
            if (command.equals("profile")) {
                return new ProfileImportCommand(out, clock).execute(args);
            }
            if (LATER_COMMANDS.contains(command)) {
                err.println("tailor: '" + command + "' is not available yet (see tailor --help)");
                return ExitCode.USAGE;
            }
            Arguments arguments = Arguments.parse(args, RUN_OPTIONS, RUN_SWITCHES);
            if (arguments.has("help")) {
                out.print(HelpText.TEXT);
                return ExitCode.DONE;
            }
            return switch (arguments.command()) {
                case "run" -> run(arguments);
                case "check" -> check(arguments);
                default -> throw new UsageException("unknown command '" + arguments.command() + "' (see tailor --help)");
            };
        } catch (UsageException e) {
            err.println("tailor: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private int run(Arguments arguments) throws UsageException {
        RunSettings settings = settings(arguments);
        RunInputs inputs = new InputsLoader(clock).load(settings);
        RunLock lock;
        try {
            lock = RunLock.tryAcquire(settings.db());
        } catch (IOException e) {
            throw new UsageException("cannot use the database folder of " + settings.db() + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            err.println("tailor: another tailor run is using the database " + settings.db()
                    + " (lock " + RunLock.lockFile(settings.db()) + "); nothing was touched. Try again when it ends.");
            return ExitCode.LOCKED;
        }
        try (lock) {
            return launcher.launch(settings, inputs, out, err);
        }
    }

    private int check(Arguments arguments) throws UsageException {
        RunSettings settings = settings(arguments);
        RunInputs inputs = new InputsLoader(clock).load(settings);
        out.println("tailor: configuration is valid");
        out.println("  job file:   " + (settings.jobFile() == null ? "(none)" : settings.jobFile()));
        out.println("  profile:    " + settings.profile() + " (" + inputs.profile().achievements().size()
                + " achievements, " + inputs.profile().skills().size() + " skills)");
        out.println("  templates:  " + settings.templates());
        out.println("  postings:   " + String.join(", ", settings.postings().stream().map(Path::toString).toList()));
        out.println("  outputs:    " + settings.out() + " (formats " + String.join(", ", settings.formats()) + ")");
        out.println("  database:   " + settings.db());
        return ExitCode.DONE;
    }

    private RunSettings settings(Arguments arguments) throws UsageException {
        if (arguments.positionals().size() > 1) {
            throw new UsageException("too many arguments: " + String.join(" ", arguments.positionals()));
        }
        JobFile job;
        if (arguments.positionals().isEmpty()) {
            job = Files.exists(DEFAULT_JOB) ? new JobFileLoader().load(DEFAULT_JOB) : JobFile.empty();
        } else {
            Path file = Path.of(arguments.positionals().get(0));
            if (!Files.isRegularFile(file)) {
                throw new UsageException("job file '" + file + "' does not exist");
            }
            job = new JobFileLoader().load(file);
        }
        return new RunSettingsResolver().resolve(job, arguments);
    }
}
