package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageTokensTest {
    private static final Document PAGE = Jsoup.parse("""
            <div id=Top class="Card  job"><h1 class=title>Engineer</h1></div>
            <p class="job-card other">text</p><span class=JOB data-ui=job-title>x</span><p class=job>y</p>""");

    @Test
    void indexesElementsByTag() {
        PageTokens tokens = PageTokens.of(PAGE);

        assertThat(elements(tokens, List.of(tokens.withTag("p")))).containsExactlyElementsOf(PAGE.select("p"));
    }

    @Test
    void indexesElementsByIdInLowerCase() {
        PageTokens tokens = PageTokens.of(PAGE);

        assertThat(elements(tokens, List.of(tokens.withId("top")))).containsExactly(PAGE.getElementById("Top"));
    }

    @Test
    void indexesElementsByAttributeName() {
        PageTokens tokens = PageTokens.of(PAGE);

        assertThat(elements(tokens, List.of(tokens.withAttribute("data-ui")))).containsExactly(PAGE.selectFirst("span"));
    }

    @Test
    void findsTheElementsWithAClassAsJsoupDoes() {
        PageTokens tokens = PageTokens.of(PAGE);

        assertThat(elements(tokens, tokens.withClass("job"))).containsExactlyInAnyOrderElementsOf(PAGE.select(".job"));
    }

    private static List<Element> elements(PageTokens tokens, List<PageTokens.Positions> lists) {
        List<Element> elements = new ArrayList<>();
        for (PageTokens.Positions positions : lists) {
            for (int i = 0; i < positions.size(); i++) {
                elements.add(tokens.element(positions.get(i)));
            }
        }
        return elements;
    }
}
