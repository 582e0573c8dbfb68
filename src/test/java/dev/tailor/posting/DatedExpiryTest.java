package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DatedExpiryTest {
    @Test
    void aPageWithoutClosingDateDoesNotDependOnTheDate() {
        assertThat(DatedExpiry.mayDependOnTheDate(bytes("<html><h1>Backend Engineer</h1><p>Valid reasons.</p>")))
                .isFalse();
    }

    @Test
    void schemaOrgValidThroughDependsOnTheDate() {
        assertThat(DatedExpiry.mayDependOnTheDate(bytes("{\"@type\":\"JobPosting\",\"validThrough\":\"2027-01-31\"}")))
                .isTrue();
        assertThat(DatedExpiry.mayDependOnTheDate(bytes("<meta itemprop=\"VALIDTHROUGH\" content=\"2027-01-31\">")))
                .isTrue();
    }

    @Test
    void aGreenhouseDeadlineDependsOnTheDate() {
        assertThat(DatedExpiry.mayDependOnTheDate(bytes("{\"id\":1,\"application_deadline\":\"2027-01-31\"}"))).isTrue();
    }

    @Test
    void compressedOrTwoByteFilesCannotBeSearchedSoTheyCount() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes("<p>no date here</p>"));
        }
        assertThat(DatedExpiry.mayDependOnTheDate(gz.toByteArray())).isTrue();
        assertThat(DatedExpiry.mayDependOnTheDate("<p>validThrough</p>".getBytes(StandardCharsets.UTF_16LE))).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsTheFieldAnywhereInALongPageWhateverItsCase() {
        String filler = "<p>Valid reasons to join; through the year we deadline nothing.</p>".repeat(500);
        for (String field : new String[] {"validThrough", "VALIDthrough", "application_Deadline"}) {
            for (String page : new String[] {field + filler, filler + field, filler + field + filler}) {
                assertThat(DatedExpiry.mayDependOnTheDate(bytes(page))).as(field).isTrue();
            }
        }
        assertThat(DatedExpiry.mayDependOnTheDate(bytes(filler + "validThroug" + filler + "alidThrough"))).isFalse();
    }
}
