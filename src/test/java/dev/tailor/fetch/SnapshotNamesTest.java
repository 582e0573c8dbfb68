package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Snapshot file names: readable, safe, and the same for the same URL on every run. */
class SnapshotNamesTest {

    @Test
    void aNameIsHostPathAndAShortHash() {
        assertThat(SnapshotNames.forUrl(URI.create("https://jobs.example.com/careers/Backend-Engineer"), ContentKind.HTML))
                .matches("jobs.example.com-careers-backend-engineer-[0-9a-f]{8}\\.html");
    }

    @Test
    void theSameUrlAlwaysGetsTheSameName() {
        URI uri = URI.create("https://jobs.example.com/careers/42?src=mail");

        assertThat(SnapshotNames.forUrl(uri, ContentKind.HTML)).isEqualTo(SnapshotNames.forUrl(uri, ContentKind.HTML));
    }

    @Test
    void urlsThatDifferOnlyInTheQueryGetDifferentNames() {
        assertThat(SnapshotNames.forUrl(URI.create("https://x.com/job?id=1"), ContentKind.HTML))
                .isNotEqualTo(SnapshotNames.forUrl(URI.create("https://x.com/job?id=2"), ContentKind.HTML));
    }

    @Test
    void theFragmentDefaultPortAndHostCaseDoNotChangeTheName() {
        assertThat(SnapshotNames.forUrl(URI.create("https://X.com:443/job#apply"), ContentKind.HTML))
                .isEqualTo(SnapshotNames.forUrl(URI.create("https://x.com/job"), ContentKind.HTML));
    }

    @Test
    void hostileAndLongPathsBecomeShortSafeNames() {
        String name = SnapshotNames.forUrl(URI.create("https://x.com/../../etc/passwd/" + "a".repeat(300)), ContentKind.JSON);

        assertThat(name).matches("[a-z0-9.-]+\\.json").doesNotContain("..").hasSizeLessThan(100);
    }

    @Test
    void aBoardJobIsNamedAfterTheBoardAndJob() {
        assertThat(SnapshotNames.forBoardJob("greenhouse", "acme", "4012345"))
                .matches("greenhouse-acme-4012345-[0-9a-f]{8}\\.json");
    }
}
