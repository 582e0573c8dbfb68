package dev.tailor.cli;

import dev.tailor.pipeline.PipelineLauncher;
import dev.tailor.pipeline.RunInputs;
import dev.tailor.pipeline.RunSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * The command line: parses arguments, validates configuration before anything is written, and hands
 * a run to the pipeline. Returns the contract's exit code instead of exiting, so tests can call it.
 */
public final class TailorCli {
    private static final Set<String> RUN_OPTIONS = Set.of("postings", "profile", "out", "db", "templates");
    private static final Set<String> RUN_SWITCHES = Set.of("force");

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
            Arguments arguments = Arguments.parse(args, RUN_OPTIONS, RUN_SWITCHES);
            if (arguments.has("help")) {
                out.print(HelpText.TEXT);
                return ExitCode.DONE;
            }
            return switch (arguments.command()) {
                case "run" -> run(arguments);
                case "check" -> check(arguments);
                case "schedule" -> new ScheduleCommand(out, err, clock, new LockedRun(out, err, clock, launcher))
                        .execute(arguments);
                case "status" -> new StatusCommand(out).execute(arguments);
                default -> throw new UsageException("unknown command '" + arguments.command() + "' (see tailor --help)");
            };
        } catch (UsageException e) {
            err.println("tailor: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private int run(Arguments arguments) throws UsageException {
        return new LockedRun(out, err, clock, launcher).execute(arguments);
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
        return JobSettings.resolve(arguments);
    }
}
