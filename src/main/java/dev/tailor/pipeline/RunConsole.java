package dev.tailor.pipeline;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a run talks to the person: progress and the summary on standard output, problems on standard error.
 * Every line also goes to the run's log file. Problems are logged at INFO, marked "problem:", because the console
 * shows WARN and above from the logging system too and would print them twice.
 *
 * @param out standard output
 * @param err standard error
 */
public record RunConsole(PrintStream out, PrintStream err) {
    private static final Logger LOG = LoggerFactory.getLogger("dev.tailor.run");

    void say(String line) {
        out.println("tailor: " + line);
        out.flush();
        LOG.info(line);
    }

    void warn(String line) {
        err.println("tailor: " + line);
        err.flush();
        LOG.info("problem: {}", line);
    }
}
