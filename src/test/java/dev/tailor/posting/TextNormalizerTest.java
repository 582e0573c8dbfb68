package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void returnsTextThatIsAlreadyOnOneLineAsItIs() {
        String text = "Senior Engineer, Platform (Praha – remote)";
        assertThat(TextNormalizer.inline(text)).isSameAs(text);
    }

    @Test
    void makesEveryRunOfSpacesAndControlsOneSpaceAndTrims() {
        assertThat(TextNormalizer.inline("  Senior\t\n Engineer\u00A0\u2003 Platform \r\n")).isEqualTo("Senior Engineer Platform");
        assertThat(TextNormalizer.inline("a  b")).isEqualTo("a b");
    }

    @Test
    void dropsInvisibleCharactersInsideWords() {
        assertThat(TextNormalizer.inline("Soft\u00ADware\u200B Engi\uFEFFneer")).isEqualTo("Software Engineer");
    }

    @Test
    void stripsOtherWhiteSpaceOnlyAtTheEnds() {
        assertThat(TextNormalizer.inline("\u2028 Engineer \u2028")).isEqualTo("Engineer");
        assertThat(TextNormalizer.inline("Senior\u2028Engineer")).isEqualTo("Senior\u2028Engineer");
        assertThat(TextNormalizer.inline(" \u200B ")).isEmpty();
    }
}
