package dev.tailor.status;

import dev.tailor.report.RunRow;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prints the run history and the last run's changes as a short plain-text page: a table of runs, newest first,
 * then the new, changed and closed postings of the last run by company and title.
 */
public final class StatusReport {
    /** How many runs the table shows. */
    public static final int RUNS_SHOWN = 10;
    /** How many postings of each kind are listed before "... and N more": a first run may find hundreds. */
    static final int CHANGES_SHOWN = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> STATES = List.of("new", "changed", "closed");
    static final Comparator<PostingChange> CHANGE_ORDER = Comparator
            .comparing((PostingChange c) -> STATES.indexOf(c.state()))
            .thenComparing(c -> Objects.requireNonNullElse(c.company(), "\uffff"), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> Objects.requireNonNullElse(c.title(), ""), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PostingChange::source);

    private final PrintStream out;

    public StatusReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the page. Status reads only while no run holds the database, so a run still marked RUNNING was
     * interrupted: it is shown so.
     *
     * @param runs        the last runs, newest first (see {@link #RUNS_SHOWN})
     * @param lastChanges what the newest run found new, changed and closed
     */
    public void print(String database, List<RunRow> runs, List<PostingChange> lastChanges) {
        out.println("tailor status: database " + database);
        if (runs.isEmpty()) {
            out.println();
            out.println("No runs yet.");
            return;
        }
        out.println();
        out.println("Last runs, newest first:");
        out.println(String.format("  %5s  %-16s  %8s  %-11s  %5s  %9s  %9s  %7s  %6s", "run", "started", "took",
                "outcome", "read", "processed", "unchanged", "skipped", "failed"));
        for (RunRow run : runs) {
            out.println(String.format("  %5d  %-16s  %8s  %-11s  %5d  %9d  %9d  %7d  %6d", run.runId(),
                    run.started().format(WHEN), took(run), outcome(run.outcome()), run.read(), run.processed(),
                    run.unchanged(), run.skipped(), run.failed()));
        }
        if (runs.stream().anyMatch(r -> "RUNNING".equals(r.outcome()))) {
            out.println("  (INTERRUPTED: the process ended mid-run; the next run recovers and finishes it)");
        }
        RunRow last = runs.get(0);
        Map<String, Long> counts = new java.util.HashMap<>();
        lastChanges.forEach(c -> counts.merge(c.state(), 1L, Long::sum));
        out.println();
        out.println("What changed in run " + last.runId() + " (" + last.started().format(WHEN) + "): "
                + String.join(", ", STATES.stream().map(s -> counts.getOrDefault(s, 0L) + " " + s).toList()));
        if (lastChanges.isEmpty()) {
            out.println("  nothing: every posting it read was already known and unchanged");
        }
        for (String state : STATES) {
            List<PostingChange> ofState = lastChanges.stream().filter(c -> c.state().equals(state)).toList();
            ofState.stream().limit(CHANGES_SHOWN).forEach(c -> out.println(String.format("  %-8s %s", state, line(c))));
            if (ofState.size() > CHANGES_SHOWN) {
                out.println(String.format("  %-8s ... and %d more (see summary.xlsx)", state,
                        ofState.size() - CHANGES_SHOWN));
            }
        }
    }

    private static String line(PostingChange change) {
        String what = change.company() == null || change.title() == null
                ? change.source() + " (could not be read)"
                : change.company() + ": " + change.title();
        if ("closed".equals(change.state()) && change.firstSeen() != null && change.lastSeen() != null) {
            what += " (open " + ChronoUnit.DAYS.between(change.firstSeen(), change.lastSeen()) + " days)";
        }
        return what;
    }

    private static String outcome(String outcome) {
        return "RUNNING".equals(outcome) ? "INTERRUPTED" : outcome;
    }

    /** "38s", "4m 12s", "1h 02m"; "-" when the run has no end time. */
    static String took(RunRow run) {
        if (run.ended() == null) {
            return "-";
        }
        long seconds = Math.max(0, Duration.between(run.started(), run.ended()).getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + String.format("%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h " + String.format("%02d", seconds % 3600 / 60) + "m";
    }
}
