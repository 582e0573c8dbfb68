package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultPhraseTest {
    @Test
    void aResultThatStartsWithAVerbFollowsWhich() {
        assertThat(ResultPhrase.outcome("cut p99 latency from 900 ms to 180 ms"))
                .isEqualTo("which cut p99 latency from 900 ms to 180 ms");
        assertThat(ResultPhrase.outcome("reduced spend by $210,000 a year")).startsWith("which reduced");
    }

    @Test
    void aResultWithItsOwnSubjectFollowsAnd() {
        assertThat(ResultPhrase.outcome("all four shipped a production service within 6 months"))
                .isEqualTo("and all four shipped a production service within 6 months");
    }

    @Test
    void noResultGivesNothingToPrint() {
        assertThat(ResultPhrase.outcome(" ")).isEmpty();
    }
}
