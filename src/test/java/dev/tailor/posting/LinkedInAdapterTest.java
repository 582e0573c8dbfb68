package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedInAdapterTest {

    @Test
    void readsTheLoggedOutTopCard() throws Exception {
        Posting posting = Fixtures.read("linkedin-guest.html");

        assertThat(posting.title()).isEqualTo("QA Automation Engineer");
        assertThat(posting.company()).isEqualTo("Harbor Compute");
        assertThat(posting.location()).isEqualTo("Gdańsk, Pomorskie, Poland");
    }

    @Test
    void readsTheEmploymentTypeFromTheJobCriteria() throws Exception {
        Posting posting = Fixtures.read("linkedin-guest.html");

        assertThat(posting.employmentType()).isEqualTo("Full-time");
    }

    @Test
    void splitsBoldLinesSeparatedByLineBreaksIntoSections() throws Exception {
        Posting posting = Fixtures.read("linkedin-guest.html");

        assertThat(posting.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.BENEFITS);
    }

    @Test
    void leavesOutTheSignInModalSimilarJobsAndButtons() throws Exception {
        Posting posting = Fixtures.read("linkedin-guest.html");

        assertThat(posting.text()).doesNotContain("Sign in", "Similar jobs", "Blue Fjord", "Show more", "Seniority level");
    }

    @Test
    void takesTheCompanyFromThePlainFlavorWhenItHasNoLink() throws Exception {
        Posting posting = Fixtures.read("linkedin-topcard.html");

        assertThat(posting.title()).isEqualTo("Junior Java Developer");
        assertThat(posting.company()).isEqualTo("Silverbirch Consulting");
        assertThat(posting.employmentType()).isEqualTo("Part-time");
    }

    @Test
    void readsRemoteFromTheLocationBullet() throws Exception {
        Posting posting = Fixtures.read("linkedin-topcard.html");

        assertThat(posting.location()).isEqualTo("Brno, South Moravia, Czechia (Remote)");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
    }

    @Test
    void recognisesOnlyLinkedInPages() throws Exception {
        LinkedInAdapter adapter = new LinkedInAdapter();

        assertThat(adapter.recognises(PageScan.of(Fixtures.page("linkedin-topcard.html")))).isTrue();
        assertThat(adapter.recognises(PageScan.of(Fixtures.page("greenhouse-classic.html")))).isFalse();
    }
}
