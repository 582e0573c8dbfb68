package dev.tailor.pipeline;

import java.io.PrintStream;

/**
 * Where a run talks to the person: progress and the summary on standard output, problems on standard error.
 *
 * @param out standard output
 * @param err standard error
 */
public record RunConsole(PrintStream out, PrintStream err) {
    void say(String line) {
        out.println("tailor: " + line);
        out.flush();
    }

    void warn(String line) {
        err.println("tailor: " + line);
        err.flush();
    }
}
