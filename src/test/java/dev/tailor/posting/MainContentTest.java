package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentTest {

    @Test
    void takesTheBlockWithTheMostParagraphText() {
        Document page = Jsoup.parse("<div id=side><p>Short aside.</p></div><div id=job><p>"
                + "We build payment systems.<br>You will own the ledger.</p><p>Remote\u00A0within Europe.</p></div>");

        List<TextBlock> blocks = MainContent.blocks(page);

        assertThat(blocks).extracting(TextBlock::text).contains("We build payment systems.", "Remote within Europe.")
                .doesNotContain("Short aside.");
    }

    @Test
    void countsTextWithSoftHyphensAsItsOwnTextReadsIt() {
        Document page = Jsoup.parse("<div id=side><p>A much longer aside than the job.</p></div><div id=job>"
                + "<p>Ex\u00ADtra\u00ADor\u00ADdi\u00ADna\u00ADry</p><p>\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B</p></div>");

        assertThat(MainContent.blocks(page)).extracting(TextBlock::text).containsExactly("A much longer aside than the job.");
    }
}
