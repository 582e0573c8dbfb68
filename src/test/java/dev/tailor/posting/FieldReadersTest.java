package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The small readers of single fields: locations, remote words, dates and employment types. */
class FieldReadersTest {

    @Test
    void joinsLocationPartsWithoutDuplicates() {
        assertThat(Locations.join("Berlin", "Berlin", "Germany")).isEqualTo("Berlin, Germany");
        assertThat(Locations.join("Sacramento, CA", "CA", null)).isEqualTo("Sacramento, CA");
        assertThat(Locations.join(" ", null)).isNull();
    }

    @Test
    void readsRemoteWords() {
        assertThat(RemoteWords.in("Remote - Canada")).isEqualTo(Remote.YES);
        assertThat(RemoteWords.in("Hybrid remote, Paris")).isEqualTo(Remote.HYBRID);
        assertThat(RemoteWords.in("On-site in Vienna")).isEqualTo(Remote.NO);
        assertThat(RemoteWords.in("Remotely Falls, Oregon")).isNull();
        assertThat(RemoteWords.in("Vienna")).isNull();
    }

    @Test
    void readsRemoteHeaderValues() {
        assertThat(RemoteWords.value("yes")).isEqualTo(Remote.YES);
        assertThat(RemoteWords.value("No")).isEqualTo(Remote.NO);
        assertThat(RemoteWords.value("hybrid")).isEqualTo(Remote.HYBRID);
        assertThat(RemoteWords.value("sometimes")).isNull();
    }

    @Test
    void readsTheDayOfIsoDatesAndDateTimes() {
        assertThat(PostingDates.parse("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(PostingDates.parse("2023-04-11T17:58:27.000Z")).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(PostingDates.parse("2024-02-30")).isNull();
        assertThat(PostingDates.parse("last week")).isNull();
    }

    @Test
    void makesSchemaOrgEmploymentTypesReadable() {
        assertThat(EmploymentTypes.readable("FULL_TIME")).isEqualTo("Full-time");
        assertThat(EmploymentTypes.readable("Full-Time")).isEqualTo("Full-Time");
        assertThat(EmploymentTypes.readable("Werkstudent")).isEqualTo("Werkstudent");
    }

    @Test
    void cleansInvisibleCharactersAndSpaces() {
        assertThat(TextNormalizer.inline("  Java\u00A0\u200Bdeveloper\t\u0000 ")).isEqualTo("Java developer");
    }
}
