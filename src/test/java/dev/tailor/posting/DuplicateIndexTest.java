package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateIndexTest {
    private static final String TEXT = "Brightfern Labs builds scheduling software for community clinics across three "
            + "countries. Our platform team owns the booking engine, the reminder service and the data pipeline that "
            + "feeds the clinics' reports. You will design and run the services behind appointment booking, review "
            + "code with care, mentor two junior engineers and keep our PostgreSQL databases fast and our on-call calm.";
    private static final String OTHER = "Kettleby Freight moves refrigerated containers between four ports and needs "
            + "an engineer for its routing platform. You will model vessel schedules, build the planning API in Go, "
            + "work with dispatchers in Rotterdam and Gdansk, and own the service that prices each container move. "
            + "We ask for three years of backend work, some SQL and an interest in logistics and operations research.";

    private static Posting posting(String source, String text, String url) {
        return new Posting(PostingIds.idOf(source), source, "Platform Engineer", "Brightfern Labs", null, null, null,
                null, text, List.of(), "hash", url, false);
    }

    @Test
    void findsTheSamePostingByItsNormalisedAddress() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(posting("a.html", TEXT, "https://brightfern.example/jobs/42"));

        assertThat(index.add(posting("b.html", OTHER, "https://brightfern.example/jobs/42")))
                .hasValueSatisfying(match -> {
                    assertThat(match.source()).isEqualTo("a.html");
                    assertThat(match.kind()).isEqualTo(DuplicateIndex.Kind.SAME_URL);
                });
    }

    @Test
    void aPostingAddedAsKnownDistinctIsFoundByTheSearchesAfterIt() {
        DuplicateIndex index = new DuplicateIndex();
        index.addKnownDistinct(DuplicateKey.of(posting("a.html", TEXT, "https://brightfern.example/jobs/42")));

        assertThat(index.add(posting("b.html", OTHER, "https://brightfern.example/jobs/42"))).isPresent();
        assertThat(index.add(posting("c.html", TEXT, null))).isPresent();
    }

    @Test
    void findsANearIdenticalTextSavedFromAnotherBoard() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(posting("a.html", TEXT, null));

        assertThat(index.add(posting("b.html", "Apply now. " + TEXT.replace("two junior", "2 junior"), null)))
                .hasValueSatisfying(match -> assertThat(match.kind()).isEqualTo(DuplicateIndex.Kind.SAME_TEXT));
    }

    @Test
    void keepsDifferentPostingsApart() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(posting("a.html", TEXT, "https://brightfern.example/jobs/42"));

        assertThat(index.add(posting("b.html", OTHER, "https://kettleby.example/jobs/7"))).isEmpty();
    }

    @Test
    void neverCallsAPostingADuplicateOfItself() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(posting("a.html", TEXT, "https://brightfern.example/jobs/42"));

        assertThat(index.add(posting("a.html", TEXT, "https://brightfern.example/jobs/42"))).isEmpty();
    }

    @Test
    void doesNotCompareTextsTooShortToTell() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(posting("a.txt", "Platform Engineer at Brightfern Labs.", null));

        assertThat(index.add(posting("b.txt", "Platform Engineer at Brightfern Labs.", null))).isEmpty();
    }

    @Test
    void aKeyKeptAsBytesFindsTheSameDuplicatesAsThePosting() {
        DuplicateKey kept = DuplicateKey.of(posting("a.html", TEXT, null));
        DuplicateKey restored = new DuplicateKey(kept.id(), kept.source(), kept.url(),
                DuplicateKey.signatureOf(kept.signatureBytes()));
        DuplicateIndex index = new DuplicateIndex();
        index.add(restored);

        assertThat(restored.signature()).containsExactly(kept.signature());
        assertThat(index.add(posting("b.html", "Apply now. " + TEXT, null)))
                .hasValueSatisfying(match -> assertThat(match.source()).isEqualTo("a.html"));
    }

    @Test
    void aShortTextHasNoSignatureToKeep() {
        DuplicateKey key = DuplicateKey.of(posting("a.txt", "Platform Engineer at Brightfern Labs.", null));

        assertThat(key.signature()).isNull();
        assertThat(key.signatureBytes()).isNull();
    }

    /** Many distinct texts, then one near-identical copy of an early one: found, and its original named. */
    @Test
    void findsTheCopyAmongThousandsOfOtherPostings() {
        DuplicateIndex index = new DuplicateIndex();
        java.util.Random random = new java.util.Random(3);
        String[] words = OTHER.split(" ");
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            assertThat(index.add(posting("p" + i + ".html", text + " posting " + i, null))).isEmpty();
            if (i == 10) {
                assertThat(index.add(posting("original.html", TEXT, null))).isEmpty();
            }
        }

        assertThat(index.add(posting("copy.html", "Apply now. " + TEXT, null)))
                .hasValueSatisfying(match -> assertThat(match.source()).isEqualTo("original.html"));
    }
}
