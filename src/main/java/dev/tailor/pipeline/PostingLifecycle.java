package dev.tailor.pipeline;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.posting.Posting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A posting's life across runs, as far as it shapes the letter: how long it has been open, and whether the page
 * says it has expired.
 *
 * <p>A posting open for months is a company signal of its own, {@code long-open}: a role that is hard to fill,
 * which a letter can answer with mentoring and collaboration (the matcher maps the type to those themes). It holds
 * when the earlier of the day tailor first saw the posting and the day the posting says it was published is at
 * least {@value #LONG_OPEN_DAYS} days before today: two months is past the usual hiring cycle of four to six weeks.
 */
final class PostingLifecycle {
    /** Days open from which a posting counts as long open. */
    static final int LONG_OPEN_DAYS = 60;
    static final String LONG_OPEN = "long-open";

    private PostingLifecycle() {
    }

    /**
     * The part of a letter's fingerprint that the posting's age contributes: empty while it is young, so only the
     * run in which it becomes long open redoes its letter (once), with the signal in it.
     */
    static String fingerprintMark(LocalDate firstSeen, LocalDate today) {
        return daysOpen(firstSeen, today) >= LONG_OPEN_DAYS ? "\n" + LONG_OPEN : "";
    }

    /** The analysis with a {@code long-open} signal added when the posting qualifies and has none yet. */
    static Analysis withLongOpen(Analysis analysis, Posting posting, LocalDate firstSeen, LocalDate today) {
        if (analysis.signals().stream().anyMatch(s -> s.type().equals(LONG_OPEN))) {
            return analysis;
        }
        LocalDate posted = posting.datePosted();
        boolean byPostedDate = posted != null && posted.isBefore(firstSeen);
        LocalDate since = byPostedDate ? posted : firstSeen;
        long days = daysOpen(since, today);
        if (days < LONG_OPEN_DAYS) {
            return analysis;
        }
        String evidence = (byPostedDate ? "Posted " : "First seen ") + since + ", still open after " + days + " days.";
        List<CompanySignal> signals = new ArrayList<>(analysis.signals());
        signals.add(new CompanySignal(LONG_OPEN, days + " days", evidence));
        return new Analysis(analysis.skills(), analysis.seniority(), analysis.yearsRequired(), signals);
    }

    private static long daysOpen(LocalDate since, LocalDate today) {
        return since == null || today == null ? 0 : ChronoUnit.DAYS.between(since, today);
    }
}
