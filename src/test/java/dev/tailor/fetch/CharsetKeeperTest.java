package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The charset a server names only in its header survives in the snapshot. */
class CharsetKeeperTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void aPageDeclaringItsCharsetOnlyInTheHeaderGetsAMetaCharset() throws IOException {
        byte[] page = "<html><body><p>Caf\u00e9 M\u00fcller</p></body></html>".getBytes(CP1252);

        byte[] saved = CharsetKeeper.keep(ContentKind.HTML, page, "windows-1252");

        assertThat(new String(saved, StandardCharsets.US_ASCII)).startsWith("<meta charset=\"windows-1252\">");
        // the reader parses a page as jsoup does here: with no charset given, it follows the meta charset
        assertThat(Jsoup.parse(new ByteArrayInputStream(saved), null, "").text()).contains("Caf\u00e9 M\u00fcller");
    }

    @Test
    void aPageWithItsOwnMetaCharsetIsSavedByteForByte() {
        byte[] page = "<html><head><meta charset=\"iso-8859-2\"></head><body>x</body></html>".getBytes(CP1252);

        assertThat(CharsetKeeper.keep(ContentKind.HTML, page, "windows-1252")).isSameAs(page);
    }

    @Test
    void utf8AndUnknownCharsetsAreLeftAlone() {
        byte[] page = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(CharsetKeeper.keep(ContentKind.HTML, page, "utf-8")).isSameAs(page);
        assertThat(CharsetKeeper.keep(ContentKind.HTML, page, "no-such-charset")).isSameAs(page);
        assertThat(CharsetKeeper.keep(ContentKind.HTML, page, null)).isSameAs(page);
    }

    @Test
    void plainTextIsConvertedToUtf8() {
        byte[] text = "Backend Engineer\nCompany: M\u00fcller GmbH\n".getBytes(StandardCharsets.ISO_8859_1);

        byte[] saved = CharsetKeeper.keep(ContentKind.TEXT, text, "ISO-8859-1");

        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("M\u00fcller GmbH");
    }
}
