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
    void dropsWhiteSpaceWhenAsked() {
        assertThat(FoldedText.withoutWhiteSpace("No\u00A0longer \n\tAccepting\u2003Applications"))
                .isEqualTo("nolongeracceptingapplications");
    }

    @Test
    void gathersWithoutWhiteSpaceWhenAsked() {
        FoldedText text = FoldedText.withoutWhiteSpace();
        text.append("Stellen ");
        text.append(" ANZEIGE");

        assertThat(text.toString()).isEqualTo("stellenanzeige");
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
