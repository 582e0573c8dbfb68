package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterTextTest {
    @Test
    void countsWordsNotPunctuation() {
        assertThat(LetterText.words("I cut latency from 340 ms to 128 ms — twice.")).isEqualTo(10);
    }

    @Test
    void findsNamesOnlyAsWholeNames() {
        assertThat(LetterText.names("I wrote JavaScript", "Java")).isFalse();
        assertThat(LetterText.names("services on Node.js", "JS")).isFalse();
        assertThat(LetterText.names("tools in C++", "C")).isFalse();
        assertThat(LetterText.names("I also write Go.", "Go")).isTrue();
        assertThat(LetterText.names("a Kafka-based pipeline", "Kafka")).isTrue();
    }

    @Test
    void namesAreCaseSensitiveSoVerbsAreNotLanguages() {
        assertThat(LetterText.names("ready to go live", "Go")).isFalse();
    }

    @Test
    void figuresSkipNamesWithDigits() {
        assertThat(LetterText.figures("stored in S3 and EC2, 99.95% uptime, 1,200 requests, up 3x."))
                .containsExactly("99.95", "1,200", "3");
    }

    @Test
    void splitsSentences() {
        assertThat(LetterText.sentences("First one. Second one? Third 2.5 times.\n\nNew paragraph"))
                .containsExactly("First one.", "Second one?", "Third 2.5 times.", "New paragraph");
    }
}
