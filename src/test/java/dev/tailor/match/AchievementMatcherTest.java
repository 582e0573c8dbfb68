package dev.tailor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.CompanySignal;
import dev.tailor.analysis.Requirement;
import dev.tailor.analysis.Seniority;
import dev.tailor.analysis.SkillMention;
import dev.tailor.profile.Achievement;
import dev.tailor.profile.CandidateProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AchievementMatcherTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Map<String, String> ALIASES = Map.of("postgres", "PostgreSQL", "k8s", "Kubernetes");

    private final AchievementMatcher matcher = new AchievementMatcher(
            name -> ALIASES.getOrDefault(name.toLowerCase(), name));

    private static final Achievement LATENCY = new Achievement("order-latency", "Example Systems", "Backend Engineer",
            2025, "rebuilt the order service as an event-driven system", "cut p99 latency from 900 ms to 180 ms",
            List.of("Kafka", "Postgres", "Java"), List.of("performance", "migration"));
    private static final Achievement CLUSTER = new Achievement("cluster-move", "Example Systems", null, 2024,
            "moved 40 services onto k8s", "cut hosting cost by 31%", List.of("k8s", "Terraform"),
            List.of("devops", "cost"));
    private static final Achievement OLD_TESTS = new Achievement("test-suite", "First Job", null, 2016,
            "wrote the first integration test suite", "found 12 release blockers in a quarter", List.of("Java", "JUnit"),
            List.of("testing"));
    private static final CandidateProfile PROFILE = new CandidateProfile("Ada", "ada@example.com", null, null,
            List.of(), Seniority.SENIOR, 9, List.of("Java", "Go"), List.of(OLD_TESTS, CLUSTER, LATENCY), List.of(),
            null);

    private static SkillMention skill(String name, Requirement level) {
        return new SkillMention(name, "x", level, 1, name);
    }

    @Test
    void requiredSkillsAreAnsweredByDifferentAchievements() {
        Analysis analysis = new Analysis(List.of(skill("PostgreSQL", Requirement.REQUIRED),
                skill("Kubernetes", Requirement.REQUIRED), skill("Java", Requirement.REQUIRED)), Seniority.SENIOR, 5,
                List.of());

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        assertThat(tailoring.evidence()).extracting(Evidence::skill)
                .containsExactly("PostgreSQL", "Kubernetes", "Java");
        assertThat(tailoring.evidence()).extracting(e -> e.achievement().id())
                .containsExactly("order-latency", "cluster-move", "test-suite");
        assertThat(tailoring.missing()).isEmpty();
        assertThat(tailoring.score()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void skillsTheProfileLacksAreMissingAndNeverEvidence() {
        Analysis analysis = new Analysis(List.of(skill("Java", Requirement.REQUIRED),
                skill("Django", Requirement.REQUIRED), skill("React", Requirement.NICE_TO_HAVE),
                skill("Jira", Requirement.MENTIONED)), Seniority.MID, null, List.of());

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        assertThat(tailoring.matched()).containsExactly("Java");
        assertThat(tailoring.missing()).containsExactly("Django", "React");
        assertThat(tailoring.evidence()).extracting(Evidence::skill).containsExactly("Java");
    }

    @Test
    void aPostingWithoutRequirementSectionsStillReportsItsGaps() {
        Analysis analysis = new Analysis(List.of(skill("Java", Requirement.MENTIONED),
                skill("Django", Requirement.MENTIONED)), Seniority.MID, null, List.of());

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        assertThat(tailoring.missing()).containsExactly("Django");
    }

    @Test
    void theScoreIsItsBreakdownWeighted() {
        Analysis analysis = new Analysis(List.of(skill("Java", Requirement.REQUIRED),
                skill("Django", Requirement.REQUIRED)), Seniority.MID, null, List.of());

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        ScoreBreakdown b = tailoring.breakdown();
        assertThat(tailoring.score()).isBetween(0, 100).isEqualTo((int) Math.round(0.6 * b.required()
                + 0.15 * b.niceToHave() + 0.15 * b.signals() + 0.10 * b.recency()));
    }

    @Test
    void skillOnlyInTheProfileListIsClaimedWithoutAnAchievement() {
        Analysis analysis = new Analysis(List.of(skill("Go", Requirement.REQUIRED)), Seniority.MID, null, List.of());

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        assertThat(tailoring.evidence()).singleElement().satisfies(e -> assertThat(e.achievement()).isNull());
        assertThat(tailoring.breakdown().required()).isEqualTo(60);
        assertThat(tailoring.weak()).isTrue();
    }

    @Test
    void aMigrationAnsweredByTheLeadAchievementOpensWithTheProblem() {
        CompanySignal migration = new CompanySignal("migration", "monolith to microservices",
                "We are splitting our monolith into services.");
        Analysis analysis = new Analysis(List.of(skill("Kafka", Requirement.REQUIRED)), Seniority.SENIOR, null,
                List.of(new CompanySignal("domain", "fintech", "We build payments."), migration));

        Tailoring tailoring = matcher.match(analysis, PROFILE, TODAY);

        assertThat(tailoring.achievements().get(0).id()).isEqualTo("order-latency");
        assertThat(tailoring.opening()).isEqualTo(Opening.PROBLEM);
        assertThat(tailoring.signals().get(0)).isEqualTo(migration);
    }

    @Test
    void recentWorkOutranksOldWorkWithTheSameSkill() {
        Achievement oldJava = new Achievement("old", "A", null, 2012, "built a thing", "saved 10 hours a week",
                List.of("Java"), List.of());
        Achievement newJava = new Achievement("new", "B", null, 2025, "built another thing", "saved 12 hours a week",
                List.of("Java"), List.of());
        CandidateProfile profile = new CandidateProfile("Ada", "ada@example.com", null, null, List.of(),
                Seniority.MID, 5, List.of(), List.of(oldJava, newJava), List.of(), null);
        Analysis analysis = new Analysis(List.of(skill("Java", Requirement.REQUIRED)), Seniority.MID, null, List.of());

        Tailoring tailoring = matcher.match(analysis, profile, TODAY);

        assertThat(tailoring.evidence().get(0).achievement().id()).isEqualTo("new");
        assertThat(tailoring.breakdown().recency()).isEqualTo(100);
    }

    @Test
    void aMatcherUsedWithAnotherProfileMatchesThatProfilesSkills() {
        Analysis analysis = new Analysis(List.of(skill("Java", Requirement.REQUIRED), skill("Go", Requirement.REQUIRED)),
                Seniority.SENIOR, null, List.of());
        CandidateProfile goOnly = new CandidateProfile("Ada", "ada@example.com", null, null, List.of(),
                Seniority.SENIOR, 9, List.of("Go"), List.of(), List.of(), null);
        matcher.match(analysis, PROFILE, TODAY);

        Tailoring tailoring = matcher.match(analysis, goOnly, TODAY);

        assertThat(tailoring.matched()).containsExactly("Go");
        assertThat(tailoring.missing()).containsExactly("Java");
    }
}
