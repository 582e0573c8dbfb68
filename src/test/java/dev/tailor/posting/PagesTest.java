package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void readsTheMetaTagNamedByItsPropertyOrName() {
        PageScan scan = PageScan.of(Jsoup.parse("<html><head><meta name=description content=Intro>"
                + "<meta property=og:title:alt content=Other><meta name=og:title content=\"Platform Engineer\">"
                + "</head><body></body></html>"));

        assertThat(Pages.meta(scan, "og:title")).isEqualTo("Platform Engineer");
    }

    @Test
    void findsNoMetaTagForAKeyNoTagNames() {
        PageScan scan = PageScan.of(Jsoup.parse("<html><head><meta property=og:title content=Engineer></head></html>"));

        assertThat(Pages.meta(scan, "og:site_name")).isNull();
    }
}
