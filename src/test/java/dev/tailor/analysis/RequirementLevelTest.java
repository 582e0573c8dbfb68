package dev.tailor.analysis;

import static dev.tailor.analysis.AnalysisFixtures.posting;
import static dev.tailor.analysis.AnalysisFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.SectionKind;
import org.junit.jupiter.api.Test;

class RequirementLevelTest {

    private static Requirement levelOf(String skill, String title, dev.tailor.posting.Section... sections) {
        return AnalysisFixtures.analyzer().analyze(posting(title, sections)).skills().stream()
                .filter(s -> s.name().equals(skill)).findFirst().orElseThrow().level();
    }

    private static Requirement levelIn(SectionKind kind, String skill, String line) {
        return levelOf(skill, "Engineer", section(kind, line));
    }

    @Test
    void requirementsSectionMakesSkillRequired() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Kafka", "- Kafka")).isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void niceToHaveSectionMakesSkillNice() {
        assertThat(levelIn(SectionKind.NICE_TO_HAVE, "Kafka", "- Strong experience with Kafka")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void aboutSectionOnlyMentionsSkill() {
        assertThat(levelIn(SectionKind.ABOUT, "Kafka", "Our platform must handle events on Kafka.")).isEqualTo(Requirement.MENTIONED);
    }

    @Test
    void benefitsSectionOnlyMentionsSkill() {
        assertThat(levelIn(SectionKind.BENEFITS, "Slack", "A relaxed culture on Slack.")).isEqualTo(Requirement.MENTIONED);
    }

    @Test
    void isAPlusMakesRequirementNice() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Kotlin", "- Kotlin is a plus")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void bonusMakesRequirementNice() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Terraform", "- Bonus: Terraform")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void preferredMakesRequirementNice() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "GraphQL", "- GraphQL preferred")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void familiarityWithMakesRequirementNice() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Docker", "- Familiarity with Docker")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void exposureToMakesRequirementNice() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Kubernetes", "- Exposure to Kubernetes")).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void ideallyAppliesOnlyToWhatFollows() {
        dev.tailor.posting.Section requirements = section(SectionKind.REQUIREMENTS, "- Python, ideally with FastAPI");
        assertThat(levelOf("Python", "Engineer", requirements)).isEqualTo(Requirement.REQUIRED);
        assertThat(levelOf("FastAPI", "Engineer", requirements)).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void parentheticalCueSpeaksForTheSkillBeforeIt() {
        assertThat(levelIn(SectionKind.REQUIREMENTS, "Redis", "- Experience with Redis (nice to have)"))
                .isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void parentheticalCueWithItsOwnSkillSpeaksOnlyForIt() {
        dev.tailor.posting.Section requirements = section(SectionKind.REQUIREMENTS, "- Java (Kotlin is a plus)");
        assertThat(levelOf("Java", "Engineer", requirements)).isEqualTo(Requirement.REQUIRED);
        assertThat(levelOf("Kotlin", "Engineer", requirements)).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void eachClauseKeepsItsOwnCue() {
        dev.tailor.posting.Section other = section(SectionKind.OTHER, "Java is required; Scala would be nice.");
        assertThat(levelOf("Java", "Engineer", other)).isEqualTo(Requirement.REQUIRED);
        assertThat(levelOf("Scala", "Engineer", other)).isEqualTo(Requirement.NICE_TO_HAVE);
    }

    @Test
    void mustMakesUnsectionedSkillRequired() {
        assertThat(levelIn(SectionKind.OTHER, "PostgreSQL", "You must know PostgreSQL well.")).isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void yearsOfExperienceMakeSkillRequired() {
        assertThat(levelIn(SectionKind.OTHER, "Go", "3+ years of Go in production.")).isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void unsectionedSkillWithoutCueIsMentioned() {
        assertThat(levelIn(SectionKind.OTHER, "Kafka", "The team is proud of its Kafka setup.")).isEqualTo(Requirement.MENTIONED);
    }

    @Test
    void responsibilityYouWorkWithIsRequired() {
        assertThat(levelIn(SectionKind.RESPONSIBILITIES, "Terraform", "- You will use Terraform to manage our cloud."))
                .isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void responsibilityBuiltWithSkillIsRequired() {
        assertThat(levelIn(SectionKind.RESPONSIBILITIES, "Spring Boot", "- Build APIs with Spring Boot."))
                .isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void othersToolsInResponsibilitiesAreMentioned() {
        assertThat(levelIn(SectionKind.RESPONSIBILITIES, "dbt", "- Partner with the data team, who use dbt."))
                .isEqualTo(Requirement.MENTIONED);
    }

    @Test
    void skillInTitleIsRequired() {
        assertThat(levelOf("Kotlin", "Kotlin Developer", section(SectionKind.ABOUT, "We build apps."))).isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void strongestLevelWinsAcrossSections() {
        assertThat(levelOf("Kafka", "Engineer",
                section(SectionKind.ABOUT, "We stream everything through Kafka."),
                section(SectionKind.NICE_TO_HAVE, "- Kafka Connect or Kafka"),
                section(SectionKind.REQUIREMENTS, "- Kafka")))
                .isEqualTo(Requirement.REQUIRED);
    }
}
