package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    /** The lists the readers ask for, taken from the index, are those jsoup's selects give, on every fixture. */
    @Test
    void givesTheElementsOfEachKindAsJsoupSelectsThem() throws IOException {
        for (Path file : PageTokensTest.fixturePages()) {
            Document page = Jsoup.parse(file.toFile(), null);
            PageScan scan = PageScan.of(page);
            String name = file.getFileName().toString();

            assertThat(scan.scripts()).as(name).containsExactlyElementsOf(page.select("script"));
            assertThat(scan.links()).as(name).containsExactlyElementsOf(page.select("link"));
            assertThat(scan.inputs()).as(name).containsExactlyElementsOf(page.select("input"));
            assertThat(scan.images()).as(name).containsExactlyElementsOf(page.select("img"));
            assertThat(scan.firstH1()).as(name).isSameAs(page.selectFirst("h1"));
            assertThat(scan.title()).as(name).isEqualTo(page.title());
            List<Element> headMetas = page.head().select("meta");
            assertThat(scan.metas()).as(name).containsExactlyElementsOf(headMetas.isEmpty() ? page.select("meta") : headMetas);
            assertThat(scan.locationCandidates()).as(name).containsExactlyElementsOf(page.select(
                    "[itemprop], [class*=location], [data-test*=location], [data-testid*=location],"
                            + " [data-automation-id*=location], [id*=location]"));
        }
    }

    @Test
    void givesTheTitleOfTheHeadAsJsoupDoes() {
        Document page = Jsoup.parse("<html><head><title>  Data\n  Engineer </title></head><body><title>x</title></body></html>");
        Document none = Jsoup.parse("<p>no title</p>");

        assertThat(PageScan.of(page).title()).isEqualTo(page.title()).isEqualTo("Data Engineer");
        assertThat(PageScan.of(none).title()).isEqualTo(none.title()).isEmpty();
    }

    @Test
    void takesTheMetaTagsOfTheBodyWhenTheHeadHasNone() {
        Document page = Jsoup.parse("<html><head><title>t</title></head><body><meta name=a content=b></body></html>");

        assertThat(PageScan.of(page).metas()).containsExactlyElementsOf(page.select("meta"));
    }
}
