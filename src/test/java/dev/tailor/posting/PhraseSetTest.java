package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PhraseSetTest {
    private static final List<String> PHRASES = List.of("he", "she", "his", "hers", "nabídkajižnení", "ušel");

    @Test
    void findsAPhraseInsideAnother() {
        PhraseSet set = new PhraseSet(List.of("abcd", "bc"));

        assertThat(set.foundIn("xxabcxx")).isTrue();
        assertThat(set.foundIn("xxabxcd")).isFalse();
    }

    @Test
    void findsAPhraseAfterAFalseStart() {
        PhraseSet set = new PhraseSet(List.of("aab"));

        assertThat(set.foundIn("aaab")).isTrue();
        assertThat(set.foundIn("abab")).isFalse();
    }

    @Test
    void treatsCharsNoPhraseHoldsAsBreaks() {
        PhraseSet set = new PhraseSet(List.of("ab"));

        assertThat(set.foundIn("a\u4e00b")).isFalse();
        assertThat(set.foundIn("\u4e00ab")).isTrue();
    }

    @Test
    void refusesPhrasesItCannotSearch() {
        assertThatThrownBy(() -> new PhraseSet(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhraseSet(List.of("a\u4e00"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Random texts over the phrases' letters and a few others: found exactly where one of the contains calls finds one. */
    @Test
    void findsWhatContainsFinds() {
        PhraseSet set = new PhraseSet(PHRASES);
        String letters = "hesirnabídkjžíuělx\u4e00 ";
        Random random = new Random(11);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(8) == 0 ? PHRASES.get(random.nextInt(PHRASES.size())).substring(0, 2)
                        : String.valueOf(letters.charAt(random.nextInt(letters.length()))));
            }
            String written = text.toString();
            boolean expected = PHRASES.stream().anyMatch(written::contains);
            assertThat(set.foundIn(written)).as(written).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isBetween(1000, 19_000);
    }
}
