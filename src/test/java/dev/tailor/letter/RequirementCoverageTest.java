package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.Requirement;
import dev.tailor.analysis.Seniority;
import dev.tailor.analysis.SkillMention;
import dev.tailor.profile.CandidateProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementCoverageTest {
    @Test
    void topRequirementsAreTheRequiredSkills() {
        assertThat(RequirementCoverage.top(LetterFixtures.startupAnalysis())).extracting(SkillMention::name)
                .containsExactly("Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker");
    }

    @Test
    void topRequirementsFallBackToAllSkillsWhenFewerThanThreeAreRequired() {
        Analysis analysis = new Analysis(List.of(
                LetterFixtures.skill("Java", "language", Requirement.REQUIRED, 1, "Java"),
                LetterFixtures.skill("Kafka", "messaging", Requirement.NICE_TO_HAVE, 1, "Kafka"),
                LetterFixtures.skill("Redis", "database", Requirement.MENTIONED, 1, "Redis")),
                Seniority.MID, null, List.of());

        assertThat(RequirementCoverage.top(analysis)).extracting(SkillMention::name)
                .containsExactly("Java", "Kafka", "Redis");
    }

    @Test
    void coverageCountsOnlyThePostingsSpelling() {
        String body = "I used Java, Spring Boot, PostgreSQL, Kafka and Docker.";

        Double coverage = RequirementCoverage.atsCoverage(body, LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), LetterFixtures.startupTailoring());

        assertThat(coverage).isEqualTo(0.8);
    }

    @Test
    void coverageIsNullWhenTheCandidateHasNoneOfTheTopRequirements() {
        Analysis analysis = new Analysis(List.of(
                LetterFixtures.skill("Rust", "language", Requirement.REQUIRED, 1, "Rust"),
                LetterFixtures.skill("Elixir", "language", Requirement.REQUIRED, 1, "Elixir"),
                LetterFixtures.skill("Erlang", "language", Requirement.REQUIRED, 1, "Erlang")),
                Seniority.MID, null, List.of());
        var tailoring = new dev.tailor.match.Tailoring(5, new dev.tailor.match.ScoreBreakdown(0, 0, 0, 0), List.of(),
                List.of("Rust", "Elixir", "Erlang"), List.of(), List.of(), dev.tailor.match.Opening.METRIC, List.of(), true);

        assertThat(RequirementCoverage.atsCoverage("Rust", analysis, LetterFixtures.midProfile(), tailoring)).isNull();
    }

    @Test
    void claimedSkillsAreTheProfilesListAndItsAchievementsLowerCased() {
        assertThat(RequirementCoverage.claimed(LetterFixtures.midProfile())).contains("java", "kafka");
    }

    @Test
    void anotherProfileGetsItsOwnClaimedSkills() {
        RequirementCoverage.claimed(LetterFixtures.midProfile());
        CandidateProfile goOnly = new CandidateProfile("Ada", "ada@example.com", null, null, List.of(),
                Seniority.MID, 5, List.of("Go"), List.of(), List.of(), null);

        assertThat(RequirementCoverage.claimed(goOnly)).containsExactly("go");
    }
}
