package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

    @Test
    void lowerCasesEveryChar() {
        assertThat(FoldedText.of("Diese STELLE ist NICHT mehr VERFÜGBAR")).isEqualTo("diese stelle ist nicht mehr verfügbar");
    }

    @Test
    void dropsZeroWidthSpacesAndSoftHyphens() {
        assertThat(FoldedText.of("ex\u00ADpi\u200Bred")).isEqualTo("expired");
    }

    @Test
    void joinsWhatIsAppendedWithNothingBetween() {
        FoldedText text = new FoldedText();
        text.append("No Lon");
        text.append("GER");

        assertThat(text.toString()).isEqualTo("no longer");
    }

    @Test
    void growsPastItsFirstCapacity() {
        FoldedText text = new FoldedText();
        String piece = "A".repeat(3000);
        text.append(piece);
        text.append(piece);

        assertThat(text.toString()).isEqualTo("a".repeat(6000));
    }
}
