package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One saved page per site layout, each written for these tests with an invented company. */
class SiteAdaptersTest {

    @Test
    void readsAnAshbyPage() throws Exception {
        Posting posting = Fixtures.read("ashby.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Lisbon, Portugal");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.employmentType()).isEqualTo("Full time");
        assertThat(posting.text()).contains("scheduling software").doesNotContain("Submit application");
    }

    @Test
    void readsAWorkdayPage() throws Exception {
        Posting posting = Fixtures.read("workday.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Leeds, United Kingdom");
        assertThat(posting.employmentType()).isEqualTo("Full time");
        assertThat(posting.text()).doesNotContain("Similar Jobs");
    }

    @Test
    void readsAnIndeedPageWithoutItsJobPostSuffix() throws Exception {
        Posting posting = Fixtures.read("indeed.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Leeds LS1");
        assertThat(posting.text()).doesNotContain("Similar jobs");
    }

    @Test
    void readsAStackOverflowJobsPage() throws Exception {
        Posting posting = Fixtures.read("stackoverflow.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Utrecht, Netherlands");
        assertThat(posting.text()).contains("forty people");
    }

    @Test
    void readsAWeWorkRemotelyPageAsRemoteInItsRegion() throws Exception {
        Posting posting = Fixtures.read("weworkremotely.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Europe");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
        assertThat(posting.employmentType()).isEqualTo("Full-Time");
        assertThat(posting.text()).doesNotContain("Find a Job");
    }

    @Test
    void readsASmartRecruitersPage() throws Exception {
        Posting posting = Fixtures.read("smartrecruiters.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Ghent, Belgium");
        assertThat(posting.sectionText(SectionKind.REQUIREMENTS)).contains("Four years of backend work");
    }

    @Test
    void readsAWorkablePage() throws Exception {
        Posting posting = Fixtures.read("workable.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Tallinn, Harjumaa, Estonia");
        assertThat(posting.remote()).isEqualTo(Remote.YES);
        assertThat(posting.text()).contains("Thirty days of paid leave").doesNotContain("Apply for this job");
    }

    @Test
    void readsALoggedInLinkedInPage() throws Exception {
        Posting posting = Fixtures.read("linkedin-full.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Krakow, Poland");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
        assertThat(posting.text()).doesNotContain("Similar jobs");
    }

    @Test
    void readsJobPostingMicrodata() throws Exception {
        Posting posting = Fixtures.read("microdata.html");

        assertThat(posting.title()).isEqualTo("Platform Engineer");
        assertThat(posting.company()).isEqualTo("Brightfern Labs");
        assertThat(posting.location()).isEqualTo("Aarhus, Denmark");
        assertThat(posting.employmentType()).isEqualTo("Full-time");
        assertThat(posting.url()).isEqualTo("https://careers.brightfern.example/jobs/platform-engineer");
    }

    @Test
    void readsANuxtPayloadInThePageLanguage() throws Exception {
        Posting posting = Fixtures.read("nuxt-data.html");

        assertThat(posting.title()).isEqualTo("Vývojář platformy");
        assertThat(posting.company()).isEqualTo("Brightfern Labs s.r.o.");
        assertThat(posting.location()).isEqualTo("Brno, Česko");
        assertThat(posting.remote()).isEqualTo(Remote.HYBRID);
    }
}
