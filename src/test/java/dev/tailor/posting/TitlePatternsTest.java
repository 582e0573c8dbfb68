package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlePatternsTest {

    @Test
    void readsTitleDashCompany() {
        assertThat(TitlePatterns.parse("Data Engineer – Acme", null))
                .isEqualTo(new TitlePatterns.Parts("Data Engineer", "Acme", null));
    }

    @Test
    void readsTitleAtCompanyAndDropsTheBoardName() {
        assertThat(TitlePatterns.parse("Senior Developer - Python at Acme Markets - Stack Overflow", null))
                .isEqualTo(new TitlePatterns.Parts("Senior Developer - Python", "Acme Markets", null));
    }

    @Test
    void readsTitleAtSignCompany() {
        assertThat(TitlePatterns.parse("Founding Engineer @ Kestrel Labs", null))
                .isEqualTo(new TitlePatterns.Parts("Founding Engineer", "Kestrel Labs", null));
        assertThat(TitlePatterns.parse("Founding Engineer @ Kestrel Labs", "Founding Engineer").company())
                .isEqualTo("Kestrel Labs");
    }

    @Test
    void readsCompanyBarTitle() {
        assertThat(TitlePatterns.parse("Acme | Site Reliability Engineer", null))
                .isEqualTo(new TitlePatterns.Parts("Site Reliability Engineer", "Acme", null));
    }

    @Test
    void readsCompanyDashTitleWhenTheTitleIsKnown() {
        assertThat(TitlePatterns.parse("Acme - Platform Engineer", "Platform Engineer").company()).isEqualTo("Acme");
    }

    @Test
    void readsCompanyColonTitleWhenTheTitleIsKnown() {
        assertThat(TitlePatterns.parse("Acme Consulting: DevOps Engineer", "DevOps Engineer").company())
                .isEqualTo("Acme Consulting");
    }

    @Test
    void readsLinkedInHiringTitles() {
        assertThat(TitlePatterns.parse("Acme hiring Java Developer - Trainee in Brno, Czechia | LinkedIn", null))
                .isEqualTo(new TitlePatterns.Parts("Java Developer - Trainee", "Acme", "Brno, Czechia"));
    }

    @Test
    void readsGreenhouseApplicationTitles() {
        assertThat(TitlePatterns.parse("Job Application for Staff Engineer at Acme AI", null))
                .isEqualTo(new TitlePatterns.Parts("Staff Engineer", "Acme AI", null));
    }

    @Test
    void readsAJobOfferAtCompanyAfterTheKnownTitle() {
        assertThat(TitlePatterns.parse("Designer – UX (80%) - Job Offer at Acme AG - jobs.example", "Designer – UX (80%)")
                .company()).isEqualTo("Acme AG");
    }

    @Test
    void takesTheSiteNameWhenThePageTitleIsOnlyALabel() {
        assertThat(TitlePatterns.parse("Detail pozice | Acme banka", "Systems Administrator").company()).isEqualTo("Acme banka");
    }

    @Test
    void neverTakesAJobBoardForTheCompany() {
        assertThat(TitlePatterns.parse("Windows Administrator | StartupJobs.cz", "Windows Administrator").company()).isNull();
    }

    @Test
    void dropsCareersFromTheCompany() {
        assertThat(TitlePatterns.parse("Backend Engineer | Acme Careers", "Backend Engineer").company()).isEqualTo("Acme");
    }
}
