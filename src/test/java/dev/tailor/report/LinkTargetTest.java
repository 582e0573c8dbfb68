package dev.tailor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://boards.example.com/jobs/1?src=x#apply", "http://example.com",
            "HTTPS://EXAMPLE.COM/A"})
    void linksWebPages(String url) {
        assertThat(LinkTarget.webPage(url)).contains(new LinkTarget(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "mailto:jobs@example.com",
            "ftp://example.com/x", "https://", "https://exa mple.com", "https://example.com/\"onclick",
            " https://example.com", "data/postings/acme.html"})
    void leavesOtherSourcesAsText(String text) {
        assertThat(LinkTarget.webPage(text)).isEmpty();
    }

    @Test
    void leavesAWebAddressTooLongForExcelAsText() {
        assertThat(LinkTarget.webPage("https://example.com/" + "a".repeat(LinkTarget.MAX_ADDRESS_CHARS))).isEmpty();
    }

    @Test
    void linksALetterBelowTheOutputFolder() {
        assertThat(LinkTarget.relativeFile("letters/acme-backend-engineer-1a2b3c.md"))
                .contains(new LinkTarget("letters/acme-backend-engineer-1a2b3c.md"));
    }

    @Test
    void encodesSpacesAndTurnsBackslashesIntoSlashes() {
        assertThat(LinkTarget.relativeFile("letters\\Acme Corp.md")).contains(new LinkTarget("letters/Acme%20Corp.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.md", "letters/../../x.md", "..", "/etc/passwd", "C:\\x.md", "c:x.md",
            "\\\\server\\share\\x.md", "//server/share/x.md", "javascript:alert(1)", "file:x.md",
            "https://example.com/x.md", "letters/a\u0000.md", ""})
    void linksNoFileOutsideTheOutputFolder(String path) {
        assertThat(LinkTarget.relativeFile(path)).isEqualTo(Optional.empty());
    }

    @Test
    void allowsDotsThatAreNotAParentFolder() {
        assertThat(LinkTarget.relativeFile("letters/a..b.md")).contains(new LinkTarget("letters/a..b.md"));
    }

    @Test
    void linksASavedPostingFromTheWorkbookFolder() {
        Path work = Path.of("/srv/example/tailor");

        assertThat(LinkTarget.savedPosting("data/postings/Acme Corp.html", work.resolve("out"), work))
                .contains(new LinkTarget("../data/postings/Acme%20Corp.html"));
    }

    @Test
    void linksAnAbsoluteSavedPostingRelatively() {
        assertThat(LinkTarget.savedPosting("/srv/example/jobs/acme.md", Path.of("/srv/example/tailor/out"), Path.of("/")))
                .contains(new LinkTarget("../../jobs/acme.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/postings/run.sh", "data/postings/README", "https://example.com/a.html",
            "javascript:alert(1).html", "file:///etc/x.html", ""})
    void linksNoSavedPostingThatIsNotADocument(String source) {
        assertThat(LinkTarget.savedPosting(source, Path.of("/w/out"), Path.of("/w"))).isEmpty();
    }
}
