package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetLayoutTest {

    @Test
    void fitsShortTextOnOneLine() {
        assertThat(SheetLayout.linesNeeded("First seen", 11)).isEqualTo(1);
    }

    @Test
    void wrapsAtWordBoundaries() {
        // "stage:scale-up; funding:Series B;" fits in 36, "migration:monolith to services" goes to line two
        assertThat(SheetLayout.linesNeeded("stage:scale-up; funding:Series B; migration:monolith to services", 36))
                .isEqualTo(2);
    }

    @Test
    void startsALineAtEveryLineBreak() {
        assertThat(SheetLayout.linesNeeded("one\ntwo\nthree", 40)).isEqualTo(3);
    }

    @Test
    void breaksAWordLongerThanTheColumn() {
        assertThat(SheetLayout.linesNeeded("x".repeat(25), 10)).isEqualTo(3);
    }

    @Test
    void growsARowNoTallerThanTheCap() {
        assertThat(SheetLayout.linesNeeded("word ".repeat(10_000), 20)).isEqualTo(SheetLayout.MAX_LINES_PER_ROW);
    }
}
