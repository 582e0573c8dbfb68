package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postings that say they are closed, in the ways pages say it. */
class ExpiredPostingTest {
    private static final String DESCRIPTION = "Brightfern Labs builds scheduling software for clinics. ".repeat(12);

    @TempDir
    Path dir;

    private final PostingReader reader = new PostingReader(PostingReader.DEFAULT_MAX_BYTES,
            Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private Posting read(String body) throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, "<html><head><title>Platform Engineer - Brightfern Labs</title></head><body>"
                + "<h1>Platform Engineer</h1>" + body + "<p>" + DESCRIPTION + "</p></body></html>");
        return reader.read(file, "page.html");
    }

    private Posting readJsonLd(String validThrough) throws Exception {
        return read("<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Platform Engineer\","
                + "\"hiringOrganization\":{\"name\":\"Brightfern Labs\"},\"validThrough\":\"" + validThrough + "\"}</script>");
    }

    @Test
    void takesAValidThroughDateInThePastAsExpired() throws Exception {
        assertThat(readJsonLd("2026-05-31T23:59:59Z").expired()).isTrue();
    }

    @Test
    void takesAValidThroughDateFromTodayOnAsOpen() throws Exception {
        assertThat(readJsonLd("2026-06-01").expired()).isFalse();
    }

    @Test
    void recognisesAnEnglishNotice() throws Exception {
        assertThat(read("<div class=banner>No longer accepting applications</div>").expired()).isTrue();
    }

    @Test
    void recognisesAGermanNotice() throws Exception {
        assertThat(read("<p><strong>Diese Stellenanzeige ist abgelaufen.</strong></p>").expired()).isTrue();
    }

    @Test
    void recognisesACzechNotice() throws Exception {
        assertThat(read("<p>Tato nabídka již není aktivní.</p>").expired()).isTrue();
    }

    @Test
    void recognisesANoticeWrittenAcrossElements() throws Exception {
        assertThat(read("<div class=banner><span>No\u00A0longer</span><br><b>ACCEPTING</b>\napplications</div>")
                .expired()).isTrue();
    }

    @Test
    void recognisesLinkedInsClosedJobMarker() throws Exception {
        assertThat(read("<figure class=\"closed-job\"><figcaption>Closed</figcaption></figure>").expired()).isTrue();
    }

    @Test
    void leavesAnOpenPostingOpen() throws Exception {
        assertThat(read("<p>Apply by the end of the month.</p>").expired()).isFalse();
    }

    @Test
    void ignoresNoticesInScripts() throws Exception {
        assertThat(read("<script>var labels = {expired: 'This job has expired'};</script>").expired()).isFalse();
    }
}
