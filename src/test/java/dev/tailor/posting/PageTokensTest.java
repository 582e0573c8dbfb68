package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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

        assertThat(elements(tokens, tokens.withClass("job"))).containsExactlyElementsOf(PAGE.select(".job"));
    }

    @Test
    void findsEveryClassOfEveryFixtureAsJsoupDoes() throws IOException {
        for (Path file : fixturePages()) {
            Document page = Jsoup.parse(file.toFile(), null);
            PageTokens tokens = PageTokens.of(page);
            Set<String> names = new TreeSet<>();
            for (Element element : page.getAllElements()) {
                element.classNames().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            }
            for (String name : names) {
                assertThat(elements(tokens, tokens.withClass(name))).as(file.getFileName() + " ." + name)
                        .containsExactlyElementsOf(page.getAllElements().stream().filter(e -> e.hasClass(name)).toList());
            }
            assertThat(tokens.hasClass("no-such-class-anywhere")).isFalse();
        }
    }

    @Test
    void findsClassesInAnyCaseAndNoPartOfAName() {
        Document page = Jsoup.parse("<p class='ÜBER\tjob'>a</p><p class='jobs xjob'>b</p><p class='x job'>c</p>");
        PageTokens tokens = PageTokens.of(page);

        assertThat(elements(tokens, tokens.withClass("über"))).containsExactlyElementsOf(page.select(".über"));
        assertThat(elements(tokens, tokens.withClass("job"))).extracting(Element::text).containsExactly("a", "c");
        assertThat(tokens.hasClass("ob")).isFalse();
    }

    @Test
    void findsTheElementsWhoseClassHoldsAWordAnywhere() {
        Document page = Jsoup.parse("<p class='job-Location'>a</p><p class='loc ation'>b</p><p class=LOCATIONS>c</p>");
        PageTokens tokens = PageTokens.of(page);

        assertThat(elements(tokens, List.of(tokens.withClassContaining("location")))).extracting(Element::text)
                .containsExactly("a", "c");
    }

    static List<Path> fixturePages() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("lever.html").getParent())) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
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
