package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

    /** Every char, alone and between letters: folded as Character lower-cases it, dropped where the rules say. */
    @Test
    void foldsEveryCharAsCharacterDoes() {
        for (int code = 0; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean droppedAlways = c == '\u00AD' || c == '\u200B';
            boolean whiteSpace = Character.isWhitespace(c) || c == '\u00A0';
            String folded = String.valueOf(Character.toLowerCase(c));
            String text = "A" + c + "B";

            assertThat(FoldedText.of(text)).as("char %04x", code).isEqualTo(droppedAlways ? "ab" : "a" + folded + "b");
            assertThat(FoldedText.withoutWhiteSpace(text)).as("char %04x without white space", code)
                    .isEqualTo(droppedAlways || whiteSpace ? "ab" : "a" + folded + "b");
        }
    }

    /** The pieces are searched as they are folded: a phrase across pieces, white space and case is found. */
    @Test
    void findsPhrasesInWhatItGatheredAsInItsText() {
        PhraseSet phrases = new PhraseSet(List.of("nolonger", "abgelaufen"));
        FoldedText text = FoldedText.withoutWhiteSpace();
        text.append("We are NO lon");
        text.append("\u00ADger hiring");
        FoldedText other = FoldedText.withoutWhiteSpace();
        other.append("No longest ");
        other.append("ab gelau");

        assertThat(text.holdsAny(phrases)).isTrue();
        assertThat(other.holdsAny(phrases)).isFalse();
        assertThat(text.holdsAny(phrases)).isEqualTo(phrases.foundIn(text.toString()));
    }
}
