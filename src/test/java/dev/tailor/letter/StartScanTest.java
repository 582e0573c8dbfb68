package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartScanTest {
    /** Pieces the rubric's patterns react to, and characters around their edges (non-ASCII, surrogates). */
    private static final String[] PIECES = {"at ", "At ", "Engineer", "Developer", "CTO", "Senior ", "Backend ",
        "Data", "QA", "30", "-minute", " hours", " min", "1.5", ",", ".", " ", "\n", "a", "x", "É", "ß", "İ", "’s",
        "&", " of ", "Acme", "Nordvale", "\uD83D\uDE00", "\uD835\uDC00", "I", "Ltd.", "o", "#", "/"};

    @Test
    void findsWhatFindFindsInRandomText() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(16);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsFind(text.toString());
        }
    }

    @Test
    void findsWhatFindFindsInTheSampleLetters() throws IOException {
        List<Path> letters;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/letter"))) {
            letters = files.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertThat(letters).isNotEmpty();
        for (Path letter : letters) {
            assertSameAsFind(Files.readString(letter));
        }
    }

    @Test
    void replacesEveryMatchLiterally() {
        assertThat(ClaimCheck.DURATIONS.replaceAll("a 30-minute call or 2 hours, not 5.30 min", " $1"))
                .isEqualTo("a  $1 call or  $1, not 5.30 min");
    }

    @Test
    void findsAnEmptyMatchAtEachStartAsFindDoes() {
        StartScan scan = new StartScan(Pattern.compile("(?=b)"), c -> c == 'b');
        assertThat(spans(scan.matches("abba"))).isEqualTo(spans(Pattern.compile("(?=b)"), "abba"));
    }

    private static void assertSameAsFind(String text) {
        assertThat(spans(ClaimCheck.AT_NAMES.matches(text))).as("names after at in [%s]", text)
                .isEqualTo(spans(ClaimCheck.AT_NAME, text));
        assertThat(spans(ClaimCheck.TITLES.matches(text))).as("titles in [%s]", text)
                .isEqualTo(spans(ClaimCheck.TITLE, text));
        assertThat(ClaimCheck.DURATIONS.replaceAll(text, " ")).as("durations in [%s]", text)
                .isEqualTo(ClaimCheck.DURATION.matcher(text).replaceAll(" "));
    }

    private static List<String> spans(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.toMatchResult());
        }
        return spans(found);
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()
                + (m.groupCount() > 0 ? "|" + m.group(1) : "")).toList();
    }
}
