package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageScanTest {
    private static final Document PAGE = Jsoup.parse("""
            <div class=header><h1>  Platform
              Engineer </h1></div><ul><li class=tag>Remote</li><li class=tag>Full-time</li></ul>""");

    @Test
    void givesTheCleanTextOfTheFirstMatch() {
        assertThat(PageScan.of(PAGE).text(PageQuery.of(".header h1"))).isEqualTo("Platform Engineer");
    }

    @Test
    void findsEveryMatchInDocumentOrder() {
        assertThat(PageScan.of(PAGE).all(PageQuery.of("li.tag"))).extracting(element -> element.text())
                .containsExactly("Remote", "Full-time");
    }

    @Test
    void takesTheFirstQueryThatMatches() {
        PageScan scan = PageScan.of(PAGE);

        assertThat(scan.first(List.of(PageQuery.of(".absent"), PageQuery.of("li")))).isSameAs(PAGE.selectFirst("li"));
    }
}
