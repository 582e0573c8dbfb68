package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void figuresKeepInnerSeparatorsButNotTrailingOnes() {
        assertThat(LetterText.figures("v2.1 aside, 12. Then 3,4,5, and ²7 or x.9 and 1.2.3.")).containsExactly("12",
                "3,4,5", "1.2.3");
    }

    @Test
    void countsWordsAcrossScriptsAndSpaces() {
        assertThat(LetterText.words("  Zürich\u00a0office —\t٣ teams \n … 東京  ")).isEqualTo(4);
    }

    /** Unlike the pattern's look-behind, which sees half of a surrogate pair, the scan reads whole code points. */
    @Test
    void aLetterOutsideTheBasicPlaneGluesDigitsToo() {
        assertThat(LetterText.figures("\uD835\uDC007 and 8")).containsExactly("8");
    }

    /** The scanners are fast forms of two patterns; on random text they must find exactly what the patterns find
     * (within the Basic Multilingual Plane; see above). */
    @Test
    void scannersAgreeWithThePatternsTheyReplace() {
        Pattern figure = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*");
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]");
        String alphabet = "0123456789.,,..  \t\n\r\f\u000b\u00a0aZé²٣-%xS東";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sample = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = figure.matcher(sample);
            while (m.find()) {
                expected.add(m.group());
            }
            int words = 0;
            for (String token : sample.strip().split("\\s+")) {
                words += word.matcher(token).find() ? 1 : 0;
            }
            assertThat(LetterText.figures(sample)).as("figures in [%s]", sample).isEqualTo(expected);
            assertThat(LetterText.words(sample)).as("words in [%s]", sample).isEqualTo(words);
            assertThat(LetterText.collapseSpaces(sample)).as("spaces in [%s]", sample)
                    .isEqualTo(sample.replaceAll("\\s+", " "));
        }
    }
}
