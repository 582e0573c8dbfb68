package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void markupCharactersAreEscaped() {
        assertThat(escaped("<w:t>Tom & Jerry</w:t>")).isEqualTo("&lt;w:t&gt;Tom &amp; Jerry&lt;/w:t&gt;");
    }

    @Test
    void cdataEndCannotAppear() {
        assertThat(escaped("a ]]> b")).isEqualTo("a ]]&gt; b");
    }

    @Test
    void entitiesInTheTextAreEscapedAgainNotInterpreted() {
        assertThat(escaped("&amp; &#60; &lt;")).isEqualTo("&amp;amp; &amp;#60; &amp;lt;");
    }

    @Test
    void carriageReturnIsAReferenceSoItIsNotReadAsALineFeed() {
        assertThat(escaped("a\r\nb\tc")).isEqualTo("a&#13;\nb\tc");
    }

    @Test
    void controlCharactersXmlCannotHoldBecomeSpaces() {
        assertThat(XmlText.valid("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).isEqualTo("a b c d e f g");
    }

    @Test
    void nonCharactersBecomeSpaces() {
        assertThat(XmlText.valid("a\uFFFEb\uFFFFc")).isEqualTo("a b c");
    }

    @Test
    void surrogatePairsStayAndUnpairedHalvesBecomeSpaces() {
        String emoji = "\uD83D\uDE00";
        assertThat(XmlText.valid("smile " + emoji + " and \uD83D alone, \uDE00 too, end\uD83D"))
                .isEqualTo("smile " + emoji + " and   alone,   too, end ");
        assertThat(escaped("a" + emoji + "b")).isEqualTo("a" + emoji + "b");
    }

    @Test
    void validTextIsReturnedAsItIs() {
        String text = "Inês Carvalho · Zürich — 100 % € ✓ \uD83D\uDE80";
        assertThat(XmlText.valid(text)).isSameAs(text);
    }

    @Test
    void leadingOrTrailingWhiteSpaceNeedsPreserving() {
        assertThat(XmlText.needsPreservedSpace(" lead")).isTrue();
        assertThat(XmlText.needsPreservedSpace("trail ")).isTrue();
        assertThat(XmlText.needsPreservedSpace("\ttab")).isTrue();
        assertThat(XmlText.needsPreservedSpace("in  side")).isFalse();
        assertThat(XmlText.needsPreservedSpace("")).isFalse();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        XmlText.appendEscaped(out, XmlText.valid(text));
        return out.toString();
    }
}
