package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordsPatternTest {
    /** Pieces of the rubric's pay and signal words in mixed case, and what can stand around them. */
    private static final String[] PIECES = {"Salary", "salaries", "COMPENSATION", "Remuneration", "wages", "Wage",
        "pay", "Pay", " ", "  ", "\t", "expectations", "range", "band", "rate", "Rate", "requirement", "expected",
        "Desired", "target", "package", "per", "annum", "hourly", "day", "migrat", "Migration", "moving", "from",
        "growth", "Growing", "legacy", "greenfield", "scratch", "open", "Open", "-", "source", "blog", "remote",
        "stay", "stays", "for a while", "İ", "K", "é", ".", ",", "s", "x", "\uD83D\uDE00"};

    @Test
    void findsWhatThePatternFindsInRandomText() {
        List<WordsPattern> patterns = new ArrayList<>(RubricLinter.SIGNAL_WORDS.values());
        patterns.add(StyleChecks.SALARY);
        Random random = new Random(5);
        int matched = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(10);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String sample = text.toString();
            for (WordsPattern words : patterns) {
                Matcher matcher = words.pattern().matcher(sample);
                String expected = matcher.find() ? span(matcher) : null;
                MatchResult found = words.firstMatch(sample);
                assertThat(found == null ? null : span(found)).as("%s in [%s]", words.pattern(), sample)
                        .isEqualTo(expected);
                matched += expected == null ? 0 : 1;
            }
        }
        // the pieces must make matches often enough for the comparison to mean something
        assertThat(matched).isGreaterThan(3_000);
    }

    @Test
    void findsPayTalkButNotWordsThatEndInRate() {
        assertThat(StyleChecks.SALARY.foundIn("I generated accurate reports")).isFalse();
        assertThat(StyleChecks.SALARY.foundIn("the error rate fell; rate limiting held")).isFalse();
        assertThat(StyleChecks.SALARY.foundIn("my Hourly Rate and Target Package")).isTrue();
        assertThat(StyleChecks.SALARY.foundIn("My Pay Expectations are flexible")).isTrue();
    }

    private static String span(MatchResult match) {
        return match.start() + "-" + match.end() + ":" + match.group();
    }
}
