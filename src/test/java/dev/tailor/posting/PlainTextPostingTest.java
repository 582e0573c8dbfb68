package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlainTextPostingTest {

    @Test
    void readsTheTitleLineAndTheHeaderLines() throws Exception {
        Posting posting = Fixtures.read("header.txt");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Nordlicht Robotics");
        assertThat(posting.location()).isEqualTo("Oslo, Norway");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.employmentType()).isEqualTo("Full-time");
        assertThat(posting.datePosted()).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void keepsHeaderLinesOutOfTheText() throws Exception {
        Posting posting = Fixtures.read("header.txt");

        assertThat(posting.text()).startsWith("Nordlicht Robotics builds autonomous forklifts")
                .doesNotContain("Company:", "Posted:");
    }

    @Test
    void splitsOnColonAndCapitalHeadings() throws Exception {
        Posting posting = Fixtures.read("header.txt");

        assertThat(posting.sections()).extracting(Section::heading)
                .containsExactly("", "Responsibilities", "Requirements", "NICE TO HAVE", "What we offer");
        assertThat(posting.sections()).extracting(Section::kind).containsExactly(SectionKind.ABOUT,
                SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE, SectionKind.BENEFITS);
    }

    @Test
    void readsDashStarAndBulletListItemsWithoutTheirMarkers() throws Exception {
        Posting posting = Fixtures.read("header.txt");

        assertThat(posting.sectionText(SectionKind.RESPONSIBILITIES)).isEqualTo(
                "Run the Kubernetes clusters that our fleet software deploys to\n"
                        + "Automate releases with GitHub Actions and Argo CD\n"
                        + "Be on call one week in six, with a day off afterwards");
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS)).endsWith("\nClear writing in English");
    }

    @Test
    void separatesParagraphsByBlankLinesAndListItemsByNewlines() throws Exception {
        Posting posting = Fixtures.read("header.txt");

        assertThat(posting.text()).contains(
                "shift.\n\nResponsibilities:\n\nRun the Kubernetes clusters that our fleet software deploys to\nAutomate releases");
    }

    @Test
    void readsTitleAtCompany() throws Exception {
        Posting posting = Fixtures.read("title-at-company.txt");

        assertThat(posting.title()).isEqualTo("Junior Data Analyst");
        assertThat(posting.company()).isEqualTo("Juniper Lane Books");
    }

    @Test
    void readsTitleDashCompanyAndRemoteFromTheLocation() throws Exception {
        Posting posting = Fixtures.read("title-dash-company.txt");

        assertThat(posting.title()).isEqualTo("Embedded Software Engineer");
        assertThat(posting.company()).isEqualTo("Saltmarsh Instruments");
        assertThat(posting.location()).isEqualTo("Remote (EU)");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
    }

    @Test
    void rejectsATextWithoutACompany() {
        assertThatThrownBy(() -> Fixtures.read("no-company.txt"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("no company found");
    }
}
