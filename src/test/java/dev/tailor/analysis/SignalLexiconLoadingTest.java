package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SignalLexiconLoadingTest {

    @Test
    void loadsTheProjectLexicon() {
        assertThat(AnalysisFixtures.lexicon().size()).isGreaterThan(50);
    }

    @Test
    void rejectsUnknownType() {
        assertFailsAt("unknown-type.yaml", 5, "unknown signal type 'culture'");
    }

    @Test
    void rejectsUnknownKey() {
        assertFailsAt("unknown-key.yaml", 4, "unknown key 'phrase'");
    }

    @Test
    void rejectsPatternThatDoesNotCompile() {
        assertFailsAt("bad-pattern.yaml", 4, "not a valid pattern");
    }

    @Test
    void rejectsPatternWithoutNearPhrasesOrLinks() {
        assertFailsAt("pattern-without-near.yaml", 4, "patterns need either 'near' phrases or 'links: true'");
    }

    @Test
    void rejectsGroupReferenceWithoutPattern() {
        assertFailsAt("group-without-pattern.yaml", 3, "value refers to {1}");
    }

    @Test
    void rejectsEntryWithoutValue() {
        assertFailsAt("missing-value.yaml", 2, "has no 'value'");
    }

    @Test
    void rejectsEntryWithNeitherPhrasesNorPatterns() {
        assertFailsAt("no-phrases.yaml", 2, "has neither phrases nor patterns");
    }

    private static void assertFailsAt(String fixture, int line, String reason) {
        Path file = AnalysisFixtures.resource("signals/" + fixture);
        assertThatThrownBy(() -> SignalLexicon.load(file))
                .isInstanceOf(SignalLexiconException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((SignalLexiconException) e).line()).isEqualTo(line));
    }
}
