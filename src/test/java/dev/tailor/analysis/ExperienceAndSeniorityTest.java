package dev.tailor.analysis;

import static dev.tailor.analysis.AnalysisFixtures.posting;
import static dev.tailor.analysis.AnalysisFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import org.junit.jupiter.api.Test;

class ExperienceAndSeniorityTest {

    private static Analysis analyze(String title, Section... sections) {
        return AnalysisFixtures.analyzer().analyze(posting(title, sections));
    }

    private static Integer years(String requirement) {
        return analyze("Engineer", section(SectionKind.REQUIREMENTS, requirement)).yearsRequired();
    }

    @Test
    void readsNumberWithPlus() {
        assertThat(years("- 5+ years of backend development")).isEqualTo(5);
    }

    @Test
    void readsAtLeast() {
        assertThat(years("- At least 3 years of professional experience")).isEqualTo(3);
    }

    @Test
    void readsLowerBoundOfRange() {
        assertThat(years("- 3-5 years of experience with Java")).isEqualTo(3);
    }

    @Test
    void readsNumberWords() {
        assertThat(years("- Five years of experience building web services")).isEqualTo(5);
    }

    @Test
    void readsGermanYears() {
        assertThat(years("- 3+ Jahre Berufserfahrung in der Softwareentwicklung")).isEqualTo(3);
    }

    @Test
    void readsMehrjaehrigeAsThreeYears() {
        assertThat(years("- Mehrjährige Erfahrung mit Java")).isEqualTo(3);
    }

    @Test
    void takesTheLargestRequiredNumber() {
        assertThat(years("- 2+ years with Kafka\n- 6+ years of software engineering experience")).isEqualTo(6);
    }

    @Test
    void ignoresCompanyAge() {
        assertThat(analyze("Engineer", section(SectionKind.OTHER, "Founded 20 years ago, we have grown steadily."),
                section(SectionKind.REQUIREMENTS, "- Java")).yearsRequired()).isNull();
    }

    @Test
    void ignoresYearsInNiceToHaveWording() {
        assertThat(years("- 4+ years with Scala is a plus")).isNull();
    }

    @Test
    void ignoresYearsInNiceToHaveSection() {
        assertThat(analyze("Engineer", section(SectionKind.NICE_TO_HAVE, "- 8 years of Rust")).yearsRequired()).isNull();
    }

    @Test
    void isNullWhenNoYearsAreAsked() {
        assertThat(years("- Curiosity and Java")).isNull();
    }

    @Test
    void seniorityComesFromJuniorTitle() {
        assertThat(analyze("Junior Frontend Developer").seniority()).isEqualTo(Seniority.ENTRY);
    }

    @Test
    void seniorityComesFromInternTitle() {
        assertThat(analyze("Software Engineering Intern (Summer)").seniority()).isEqualTo(Seniority.ENTRY);
    }

    @Test
    void seniorityComesFromAbbreviatedSeniorTitle() {
        assertThat(analyze("Sr. Data Engineer").seniority()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void staffPrincipalAndHeadTitlesAreLead() {
        assertThat(analyze("Staff Engineer").seniority()).isEqualTo(Seniority.LEAD);
        assertThat(analyze("Principal Architect").seniority()).isEqualTo(Seniority.LEAD);
        assertThat(analyze("Head of Engineering").seniority()).isEqualTo(Seniority.LEAD);
        assertThat(analyze("Senior Engineering Manager").seniority()).isEqualTo(Seniority.LEAD);
    }

    @Test
    void levelNumeralInTitleCounts() {
        assertThat(analyze("Software Engineer II").seniority()).isEqualTo(Seniority.MID);
        assertThat(analyze("Software Engineer III, Payments").seniority()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void titleOutranksYears() {
        assertThat(analyze("Junior Developer", section(SectionKind.REQUIREMENTS, "- 6+ years of experience")).seniority())
                .isEqualTo(Seniority.ENTRY);
    }

    @Test
    void yearsDecideWhenTitleIsSilent() {
        assertThat(analyze("Backend Engineer", section(SectionKind.REQUIREMENTS, "- 1 year of experience")).seniority())
                .isEqualTo(Seniority.ENTRY);
        assertThat(analyze("Backend Engineer", section(SectionKind.REQUIREMENTS, "- 3 years of experience")).seniority())
                .isEqualTo(Seniority.MID);
        assertThat(analyze("Backend Engineer", section(SectionKind.REQUIREMENTS, "- 7 years of experience")).seniority())
                .isEqualTo(Seniority.SENIOR);
        assertThat(analyze("Backend Engineer", section(SectionKind.REQUIREMENTS, "- 10+ years of experience")).seniority())
                .isEqualTo(Seniority.LEAD);
    }

    @Test
    void statedLevelDecidesWhenTitleIsSilent() {
        assertThat(analyze("Backend Engineer", section(SectionKind.OTHER, "Experience level:\nSenior"),
                section(SectionKind.REQUIREMENTS, "- 2 years of experience")).seniority()).isEqualTo(Seniority.SENIOR);
    }

    @Test
    void statedRangeIsNarrowedByYears() {
        assertThat(analyze("Backend Engineer", section(SectionKind.OTHER, "Experience level: Junior, Mid-Level, Senior"),
                section(SectionKind.REQUIREMENTS, "- 3 years of experience")).seniority()).isEqualTo(Seniority.MID);
    }

    @Test
    void wordingDecidesWhenNothingElseDoes() {
        assertThat(analyze("Backend Engineer", section(SectionKind.RESPONSIBILITIES, "- Manage a team of five, with direct reports."))
                .seniority()).isEqualTo(Seniority.LEAD);
        assertThat(analyze("Backend Engineer", section(SectionKind.ABOUT, "This is an entry-level role for new grads."))
                .seniority()).isEqualTo(Seniority.ENTRY);
    }

    @Test
    void defaultsToMid() {
        assertThat(analyze("Backend Engineer", section(SectionKind.REQUIREMENTS, "- Java")).seniority()).isEqualTo(Seniority.MID);
    }
}
