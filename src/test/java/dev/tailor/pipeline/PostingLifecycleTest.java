package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Seniority;
import dev.tailor.posting.Posting;
import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long-open signal: a posting open for two months or more is a hard-to-fill role. */
class PostingLifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Analysis PLAIN = new Analysis(List.of(), Seniority.MID, null,
            List.of(new CompanySignal("stage", "startup", "We are a startup.")));

    @Test
    void postingFirstSeenSixtyDaysAgoIsLongOpen() {
        Analysis analysis = PostingLifecycle.withLongOpen(PLAIN, posting(null), TODAY.minusDays(60), TODAY);

        assertThat(analysis.signals()).contains(new CompanySignal("long-open", "60 days",
                "First seen 2026-09-29, still open after 60 days."));
        assertThat(analysis.signals()).hasSize(2);
    }

    @Test
    void postingFirstSeenFiftyNineDaysAgoIsNot() {
        Analysis analysis = PostingLifecycle.withLongOpen(PLAIN, posting(null), TODAY.minusDays(59), TODAY);

        assertThat(analysis).isEqualTo(PLAIN);
    }

    @Test
    void publishedDateEarlierThanFirstSightingCounts() {
        Analysis analysis = PostingLifecycle.withLongOpen(PLAIN, posting(LocalDate.of(2026, 7, 1)), TODAY, TODAY);

        assertThat(analysis.signals()).contains(new CompanySignal("long-open", "150 days",
                "Posted 2026-07-01, still open after 150 days."));
    }

    @Test
    void signalFoundInTheTextIsNotAddedTwice() {
        Analysis found = new Analysis(List.of(), Seniority.MID, null,
                List.of(new CompanySignal("long-open", "a while", "This role has been open for a while.")));

        assertThat(PostingLifecycle.withLongOpen(found, posting(null), TODAY.minusDays(90), TODAY)).isEqualTo(found);
    }

    @Test
    void fingerprintChangesOnlyWhenThePostingBecomesLongOpen() {
        assertThat(PostingLifecycle.fingerprintMark(TODAY.minusDays(59), TODAY)).isEmpty();
        assertThat(PostingLifecycle.fingerprintMark(TODAY.minusDays(60), TODAY))
                .isEqualTo(PostingLifecycle.fingerprintMark(TODAY.minusDays(200), TODAY)).isNotEmpty();
    }

    private static Posting posting(LocalDate datePosted) {
        return new Posting("id", "postings/a.md", "Backend Engineer", "Acme", null, null, null, datePosted,
                "We build things.", List.of(new Section(SectionKind.OTHER, "", "We build things.")), "hash");
    }
}
