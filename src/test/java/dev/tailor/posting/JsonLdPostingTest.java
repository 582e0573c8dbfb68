package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JsonLdPostingTest {

    @Test
    void readsAPlainJobPostingObject() throws Exception {
        Posting posting = Fixtures.read("jsonld-plain.html");

        assertThat(posting.title()).isEqualTo("Senior Backend Engineer");
        assertThat(posting.company()).isEqualTo("Kestrel Payments");
        assertThat(posting.location()).isEqualTo("Berlin, DE");
        assertThat(posting.employmentType()).isEqualTo("Full-time");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void splitsTheJsonLdDescriptionIntoClassifiedSections() throws Exception {
        Posting posting = Fixtures.read("jsonld-plain.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS,
                SectionKind.NICE_TO_HAVE, SectionKind.BENEFITS);
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS))
                .isEqualTo("Five years of backend development in Java or Kotlin\nExperience with Kafka or another message broker");
    }

    @Test
    void keepsPageChromeOutOfTheText() throws Exception {
        Posting posting = Fixtures.read("jsonld-plain.html");

        assertThat(posting.text()).doesNotContain("Log in", "Imprint", "All careers");
    }

    @Test
    void findsTheJobPostingInAnArrayAfterOtherScripts() throws Exception {
        Posting posting = Fixtures.read("jsonld-array.html");

        assertThat(posting.title()).isEqualTo("Data Engineer (m/w/d)");
        assertThat(posting.company()).isEqualTo("Fernweh Reisen GmbH");
        assertThat(posting.location()).isEqualTo("Hamburg, Deutschland");
    }

    @Test
    void joinsAnArrayOfEmploymentTypes() throws Exception {
        Posting posting = Fixtures.read("jsonld-array.html");

        assertThat(posting.employmentType()).isEqualTo("Full-time, Part-time");
    }

    @Test
    void findsTheJobPostingInAGraph() throws Exception {
        Posting posting = Fixtures.read("jsonld-graph.html");

        assertThat(posting.title()).isEqualTo("Staff Platform Engineer");
        assertThat(posting.company()).isEqualTo("Tidepool Labs");
        assertThat(posting.employmentType()).isEqualTo("Contract");
    }

    @Test
    void listsEveryJobLocationOnce() throws Exception {
        Posting posting = Fixtures.read("jsonld-graph.html");

        assertThat(posting.location()).isEqualTo("Lisbon, PT; Porto, PT");
    }

    @Test
    void telecommuteMeansRemote() throws Exception {
        Posting posting = Fixtures.read("jsonld-graph.html");

        assertThat(posting.remote()).isEqualTo(Remote.YES);
    }

    @Test
    void standaloneBoldParagraphsInTheDescriptionAreHeadings() throws Exception {
        Posting posting = Fixtures.read("jsonld-graph.html");

        assertThat(posting.sections()).extracting(Section::heading)
                .containsExactly("", "Responsibilities", "Requirements");
    }

    @Test
    void decodesAnEntityEncodedDescriptionBeforeParsingIt() throws Exception {
        Posting posting = Fixtures.read("jsonld-encoded.html");

        assertThat(posting.text())
                .contains("four hundred independent bakeries & cafés")
                .doesNotContain("&lt;", "<div>", "&amp;");
        assertThat(posting.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.ABOUT, SectionKind.REQUIREMENTS, SectionKind.BENEFITS);
    }

    @Test
    void decodesEntitiesInTheTitle() throws Exception {
        Posting posting = Fixtures.read("jsonld-encoded.html");

        assertThat(posting.title()).isEqualTo("Site Reliability Engineer & On-call Lead");
    }

    @Test
    void readsTheDayOfADateTimeWrittenWithASpace() throws Exception {
        Posting posting = Fixtures.read("jsonld-encoded.html");

        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void ignoresBrokenJsonAndFallsBackToThePage() throws Exception {
        Posting posting = Fixtures.read("jsonld-broken.html");

        assertThat(posting.title()).isEqualTo("Mobile Developer");
        assertThat(posting.company()).isEqualTo("Brightwater Health");
        assertThat(posting.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS);
    }
}
