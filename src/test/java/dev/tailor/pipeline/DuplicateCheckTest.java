package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.DuplicateKey;
import dev.tailor.posting.PostingIds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * When the duplicate check trusts what the previous run decided. Postings that share an address are duplicates;
 * a check that calls one of them distinct shows that it did not search.
 */
class DuplicateCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final long PREVIOUS_RUN = 7;
    private static final String URL = "https://brightfern.example/jobs/42";

    @Test
    void anUnchangedPostingTheLastRunFoundDistinctIsNotSearched() {
        DuplicateCheck check = new DuplicateCheck(OptionalLong.of(PREVIOUS_RUN));
        check.add(unchanged("a.html", PREVIOUS_RUN));

        assertThat(check.add(unchanged("b.html", PREVIOUS_RUN))).isEmpty();
    }

    @Test
    void everyPostingAfterANewOneIsSearched() {
        DuplicateCheck check = new DuplicateCheck(OptionalLong.of(PREVIOUS_RUN));
        check.add(unchanged("a.html", PREVIOUS_RUN));
        check.add(processed("b.html"));

        assertThat(check.add(unchanged("c.html", PREVIOUS_RUN))).hasValueSatisfying(
                match -> assertThat(match.source()).isEqualTo("a.html"));
    }

    @Test
    void aPostingLastReadByAnEarlierRunIsSearched() {
        DuplicateCheck check = new DuplicateCheck(OptionalLong.of(PREVIOUS_RUN));
        check.add(unchanged("a.html", PREVIOUS_RUN));

        assertThat(check.add(unchanged("b.html", PREVIOUS_RUN - 1))).isPresent();
    }

    @Test
    void withoutARunToTrustEveryPostingIsSearched() {
        DuplicateCheck check = new DuplicateCheck(OptionalLong.empty());
        check.add(unchanged("a.html", PREVIOUS_RUN));

        assertThat(check.add(unchanged("b.html", PREVIOUS_RUN))).isPresent();
    }

    @Test
    void theSearchFindsPostingsAddedWithoutOne() {
        DuplicateCheck check = new DuplicateCheck(OptionalLong.of(PREVIOUS_RUN));
        check.add(unchanged("a.html", PREVIOUS_RUN));

        assertThat(check.add(processed("b.html"))).hasValueSatisfying(
                match -> assertThat(match.source()).isEqualTo("a.html"));
    }

    /** A posting kept unchanged without parsing, as the last run to read it left it: done, key kept. */
    private static PreparedPosting unchanged(String source, long lastRun) {
        PostingFile file = new PostingFile(Path.of(source), source);
        String id = PostingIds.idOf(source);
        DuplicateKey key = new DuplicateKey(id, source, URL, null);
        StoredPosting stored = new StoredPosting(id, "DONE", "hash", "fingerprint", "letters/" + id, TODAY, key,
                false, lastRun, null);
        return new PreparedPosting(file, id, "hash", Optional.of(stored), TODAY, key,
                PostingOutcome.unchanged(file, "hash", "fingerprint", id, "unchanged", null, null), null);
    }

    /** A posting read and tailored in this run. */
    private static PreparedPosting processed(String source) {
        PostingFile file = new PostingFile(Path.of(source), source);
        String id = PostingIds.idOf(source);
        DuplicateKey key = new DuplicateKey(id, source, URL, null);
        PostingOutcome outcome = PostingOutcome.processed(file, "hash", "fingerprint", null, null,
                new PostingOutcome.Reading(key, false), null);
        return new PreparedPosting(file, id, "hash", Optional.empty(), TODAY, key, outcome, null);
    }
}
