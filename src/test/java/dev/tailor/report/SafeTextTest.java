package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @Test
    void leavesTextWithinTheLimitAlone() {
        String text = "x".repeat(SafeText.MAX_CELL_CHARS);

        assertThat(SafeText.forCell(text)).isSameAs(text);
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        int keep = SafeText.MAX_CELL_CHARS - SafeText.TRUNCATION_MARKER.length();
        String text = "x".repeat(keep - 1) + "🚀" + "y".repeat(100);

        String cut = SafeText.forCell(text);

        assertThat(cut).endsWith("x" + SafeText.TRUNCATION_MARKER);
        assertThat(cut.length()).isLessThanOrEqualTo(SafeText.MAX_CELL_CHARS);
    }

    @Test
    void staysWithinTheLimitWhenEscapesLengthenTheText() {
        String text = "_x0041_".repeat(SafeText.MAX_CELL_CHARS / 7 + 10);

        String stored = SafeText.forCell(text);

        assertThat(stored.length()).isLessThanOrEqualTo(SafeText.MAX_CELL_CHARS);
        assertThat(stored).endsWith(SafeText.TRUNCATION_MARKER).startsWith("_x005F_x0041_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1", "+1", "-1", "@A1", "\t1", "\r1", "\n1", "\u0001x"})
    void recognisesTextASpreadsheetWouldTakeForAFormula(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Backend Engineer", " =1", "1-2", "e-mail"})
    void letsOrdinaryTextPass(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isFalse();
    }
}
