package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageChromeTest {
    private static final String PAGE = """
            <html><head><script>var a = 1;</script><title>Engineer</title></head><body>
            <nav><a href="/">Home</a></nav>
            <header class="site-header"><h1>Platform Engineer</h1><button>Menu</button></header>
            <div class="cookie-banner">We use cookies</div>
            <main><p>Build the platform.</p><h3>Similar jobs</h3><ul><li>Other job</li></ul></main>
            <template><h2>Never shown</h2></template>
            <footer>All rights reserved</footer>
            </body></html>""";

    @Test
    void removesChromeButKeepsWhatHoldsTheH1() {
        Document page = Jsoup.parse(PAGE);
        PageChrome.strip(page);
        assertThat(page.body().text()).isEqualTo("Platform Engineer Build the platform.");
    }

    @Test
    void anH1InsideATemplateProtectsNothing() {
        Document page = Jsoup.parse("<body><template><header><h1>Title</h1></header></template>"
                + "<header><h1>Shown</h1></header><p>Text</p></body>");
        PageChrome.strip(page);
        assertThat(page.body().text()).isEqualTo("Text");
    }

    @Test
    void putsThePageBackAsItWas() {
        Document page = Jsoup.parse(PAGE);
        String before = page.outerHtml();
        PageChrome.strip(page).restore();
        assertThat(page.outerHtml()).isEqualTo(before);
    }
}
