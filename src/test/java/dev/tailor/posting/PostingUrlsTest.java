package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingUrlsTest {

    @Test
    void lowerCasesTheHostAndDropsWww() {
        assertThat(PostingUrls.normalise("HTTPS://WWW.Brightfern.Example/Jobs/42"))
                .isEqualTo("https://brightfern.example/Jobs/42");
    }

    @Test
    void dropsTrackingParametersAndKeepsTheRestSorted() {
        assertThat(PostingUrls.normalise("https://brightfern.example/job?utm_source=x&id=42&gh_src=abc&b=1&fbclid=z"))
                .isEqualTo("https://brightfern.example/job?b=1&id=42");
    }

    @Test
    void dropsTheTrailingSlashFragmentAndDefaultPort() {
        assertThat(PostingUrls.normalise("http://brightfern.example:80/jobs/42/#apply"))
                .isEqualTo("https://brightfern.example/jobs/42");
    }

    @Test
    void refusesWhatIsNotAWebAddress() {
        assertThat(PostingUrls.normalise("file:///srv/example/job.html")).isNull();
        assertThat(PostingUrls.normalise("not a url")).isNull();
    }
}
