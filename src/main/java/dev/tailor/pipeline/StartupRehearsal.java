package dev.tailor.pipeline;

import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * Prepares one bundled posting (written by the team, never written out) on a spare core while Spring starts:
 * the jsoup parser, the analysis, the templates and the Word writer get loaded and compiled then, instead of
 * on the first real posting of the run, which the person waits for. Only where there is a core to spare, when
 * the run will probably prepare a posting ({@link RehearsalWorth}), and off with {@code -Dtailor.rehearsal=false}
 * (so the benchmark can compare).
 */
final class StartupRehearsal {
    static final String POSTING = "/tailor/warmup-posting.html";

    private StartupRehearsal() {
    }

    /** Starts the rehearsal on a daemon thread; returns at once. */
    static void begin(RunSettings settings, RunInputs inputs) {
        if (!Boolean.parseBoolean(System.getProperty("tailor.rehearsal", "true"))
                || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(() -> rehearse(settings, inputs), "tailor-rehearsal");
        thread.setDaemon(true);
        thread.start();
    }

    private static void rehearse(RunSettings settings, RunInputs inputs) {
        // looked at here, on the spare core, not before Spring starts: 10,000 file times take tens of milliseconds
        if (!RehearsalWorth.anyPostingLikelyPrepared(settings)) {
            return;
        }
        try (InputStream in = StartupRehearsal.class.getResourceAsStream(POSTING)) {
            if (in == null) {
                return;
            }
            PostingPreparer preparer = new PostingPreparer(settings, inputs,
                    new PostingReader(), Long.MAX_VALUE);
            preparer.rehearse("rehearsal.html", in.readAllBytes(), LocalDate.now());
        } catch (IOException | RuntimeException | PostingRejectedException | PostingParseException e) {
            // Only a head start is lost: the run itself reports any real problem with the same code. Not logged:
            // Spring has not set logging up yet, and a line now would reach the console in the wrong format.
        }
    }
}
