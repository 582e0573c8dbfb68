package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.match.Evidence;
import dev.tailor.match.Tailoring;
import dev.tailor.profile.CandidateProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rubric rule on a letter that passes it and on one that breaks it. The texts are fixed: no templates. */
class RubricLinterTest {
    private static final String OPENING = "At Norrsken Retail in 2024, I rebuilt the checkout service as an event-driven "
            + "system on Kafka, which cut p95 checkout latency from 820 ms to 190 ms during the holiday peak. That result "
            + "ran on Spring Boot, Postgres and Kafka, the same stack Lumen Freight asks for in this role.";
    private static final String ACHIEVEMENT = "Owning a service until its numbers move is the part of backend work I "
            + "know best. In 2023 at Norrsken Retail I moved the payment ledger from a shared MySQL schema to its own "
            + "PostgreSQL database; that removed 14 cross-team deadlocks a month and brought nightly reconciliation down "
            + "from 3 hours to 25 minutes. Earlier, at Fjord Labs, I containerised twelve services with Docker and moved "
            + "them to Kubernetes, and the change shortened releases from a fortnightly manual deploy to 15-minute "
            + "automated rollouts.";
    private static final String ALIGNMENT = "Java heads your list of requirements, and it was central to the migration "
            + "at Norrsken Retail. You also ask for Kafka, which I used throughout the Norrsken Retail result I opened "
            + "with. For Spring Boot, at Fjord Labs in 2020 I added a Redis read-through cache to the Spring Boot "
            + "catalogue API, which lowered database load by 60% and kept p99 reads under 12 ms. And Docker was part of "
            + "the delivery pipeline work at Fjord Labs as well.";
    private static final String COMPANY = "Lumen Freight is a Series A startup in freight logistics, and at that stage "
            + "one engineer moves between the API, the database and the deployment pipeline; that range, and shipping "
            + "small changes often, is what I am looking for. The growth your posting describes (shipment volume "
            + "tripled in 2024) is where that kind of work pays off. Outside my own code, I mentored two junior "
            + "engineers through their first on-call rotations, and I would bring the same habit to your team.";
    private static final String CLOSING = "Could we set up a 30-minute technical call? I would bring the design "
            + "choices behind the performance work at Norrsken Retail and sketch how the same approach could serve the "
            + "growth ahead of Lumen Freight.";
    private static final List<String> GOOD = List.of(OPENING, ACHIEVEMENT, ALIGNMENT, COMPANY, CLOSING);
    private static final String NEUTRAL = "I read the posting with care and would like to talk about the role.";

    private final RubricLinter linter = new RubricLinter();

    @Test
    void checksEveryRuleOfTheRubricInOrder() {
        assertThat(lint(GOOD)).extracting(LintResult::rule).containsExactlyElementsOf(RubricLinter.RULES);
    }

    @Test
    void goodLetterPassesEveryRule() {
        assertThat(lint(GOOD)).allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
    }

    @Test
    void lengthPassesBetween300And400Words() {
        assertThat(result(GOOD, "length").detail()).isEqualTo("328 words (300-400)");
    }

    @Test
    void lengthFailsWhenShort() {
        assertThat(result(List.of(OPENING, ALIGNMENT, CLOSING), "length").ok()).isFalse();
    }

    @Test
    void lengthFailsWhenLong() {
        assertThat(result(replace(1, ACHIEVEMENT + " " + ACHIEVEMENT.replace("Earlier", "Before that")), "length").ok())
                .isFalse();
    }

    @Test
    void openingMetricPassesWithFigureAndTechnology() {
        assertThat(result(GOOD, "opening-metric").detail()).startsWith("figure 820; names");
    }

    @Test
    void openingMetricFailsWithoutFigure() {
        String opening = "I rebuilt the checkout service on Kafka at Norrsken Retail for Lumen Freight's kind of load.";

        assertThat(result(replace(0, opening), "opening-metric").ok()).isFalse();
    }

    @Test
    void openingMetricDoesNotCountAYearAsAFigure() {
        String opening = "In 2024 I rebuilt the checkout service on Kafka, and Lumen Freight asks for Kafka.";

        assertThat(result(replace(0, opening), "opening-metric").detail()).startsWith("no figure");
    }

    @Test
    void openingMetricFailsWithoutAnythingFromThePosting() {
        String opening = "At Norrsken Retail I cut p95 checkout latency from 820 ms to 190 ms, and Lumen Freight "
                + "caught my eye.";

        assertThat(result(replace(0, opening), "opening-metric").ok()).isFalse();
    }

    @Test
    void openingMetricAcceptsAProblemFromThePosting() {
        String opening = "The growth at Lumen Freight (shipment volume tripled in 2024) is familiar: I cut p95 latency "
                + "from 820 ms to 190 ms at Norrsken Retail.";

        assertThat(result(replace(0, opening), "opening-metric").ok()).isTrue();
    }

    @Test
    void companyNamedFailsWhenOnlyTheClosingNamesIt() {
        List<String> letter = List.of(OPENING.replace("Lumen Freight", "the team"), ACHIEVEMENT, ALIGNMENT,
                COMPANY.replace("Lumen Freight", "The company"), CLOSING);

        assertThat(result(letter, "company-named").ok()).isFalse();
        assertThat(result(GOOD, "company-named").ok()).isTrue();
    }

    @Test
    void mirrorsRequirementsNeedsEvidenceBesideEachSkill() {
        String bare = "I know Java well. I like Kafka. Docker is fine. Spring Boot too.";

        LintResult result = result(List.of(bare, NEUTRAL, CLOSING), "mirrors-requirements");

        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).contains("without evidence: Java, Spring Boot, Kafka, Docker");
        assertThat(result(GOOD, "mirrors-requirements").ok()).isTrue();
    }

    /**
     * A candidate whose one achievement shows Java and Spring Boot, and who lists Kafka and the rest without an
     * achievement: the letter names those two with evidence and Kafka plainly. Asking for evidence beside Kafka too
     * would ask the letter to invent some.
     */
    @Test
    void mirrorsRequirementsAsksEvidenceOnlyForWhatAnAchievementShows() {
        CandidateProfile profile = LetterFixtures.midProfile();
        CandidateProfile oneAchievement = new CandidateProfile(profile.name(), profile.email(), profile.phone(),
                profile.location(), profile.links(), profile.seniority(), profile.years(), profile.skills(),
                List.of(LetterFixtures.CACHE), profile.collaboration(), profile.nextStep());
        Tailoring tailoring = LetterFixtures.startupTailoring();
        Tailoring shownByCache = new Tailoring(tailoring.score(), tailoring.breakdown(), tailoring.matched(),
                tailoring.missing(), List.of(new Evidence("Java", "Java", LetterFixtures.CACHE),
                        new Evidence("Spring Boot", "Spring Boot", LetterFixtures.CACHE)),
                List.of(LetterFixtures.CACHE), tailoring.opening(), tailoring.signals(), false);
        String alignment = "Java and Spring Boot carried the catalogue work at Fjord Labs, which lowered database "
                + "load by 60%. I also work with Kafka.";

        LintResult passing = linter.lint(replace(2, alignment), LetterFixtures.startupPosting(),
                LetterFixtures.startupAnalysis(), oneAchievement, shownByCache).get(3);
        LintResult bareJava = linter.lint(replace(2, "I write Java and Spring Boot. I also work with Kafka."),
                LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(), oneAchievement, shownByCache).get(3);

        assertThat(passing.ok()).as(passing.detail()).isTrue();
        assertThat(passing.detail()).contains("in the profile without an achievement to show: ").contains("Kafka");
        assertThat(bareJava.ok()).isFalse();
    }

    @Test
    void companySignalFailsWhenNoSignalIsUsed() {
        List<String> letter = List.of(OPENING, ACHIEVEMENT, ALIGNMENT, NEUTRAL, CLOSING.replace(" the growth ahead of",
                " the work at"));

        assertThat(result(letter, "company-signal").ok()).isFalse();
        assertThat(result(GOOD, "company-signal").detail()).contains("stage (startup)");
    }

    @Test
    void specificCloseFailsWithoutANextStep() {
        String closing = "The performance work at Norrsken Retail shows what I would bring. Thank you for your time.";

        assertThat(result(replace(4, closing), "specific-close").ok()).isFalse();
        assertThat(result(GOOD, "specific-close").ok()).isTrue();
    }

    @Test
    void specificCloseFailsWithoutAConcreteAchievement() {
        String closing = "Could we set up a 30-minute technical call about the role?";

        assertThat(result(replace(4, closing), "specific-close").detail()).startsWith("no concrete achievement");
    }

    @Test
    void genericPhrasesFail() {
        String closing = CLOSING + " I am a hard-working team player and I look forward to hearing from you.";

        LintResult result = result(replace(4, closing), "no-generic-phrases");

        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).contains("hard-working", "team player", "I look forward to hearing from you");
        assertThat(result(GOOD, "no-generic-phrases").ok()).isTrue();
    }

    @Test
    void passionateAboutFailsWithoutAFact() {
        assertThat(result(replace(3, COMPANY + " I am passionate about logistics."), "no-generic-phrases").ok())
                .isFalse();
        assertThat(result(replace(3, COMPANY + " I am passionate about latency: I cut it by 60% at Fjord Labs."),
                "no-generic-phrases").ok()).isTrue();
    }

    @Test
    void laundryListFails() {
        String list = ALIGNMENT + " I know Java, Spring Boot, Postgres, Kafka, Docker and K8s.";

        LintResult result = result(replace(2, list), "no-laundry-list");

        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).startsWith("6 technologies in a row");
        assertThat(result(GOOD, "no-laundry-list").ok()).isTrue();
    }

    @Test
    void humanElementFailsWithoutTeamwork() {
        String company = COMPANY.replace("Outside my own code, I mentored two junior engineers through their first "
                + "on-call rotations, and I would bring the same habit to your team.", "");
        String achievement = ACHIEVEMENT.replace("14 cross-team deadlocks", "14 deadlocks");

        assertThat(result(List.of(OPENING, achievement, ALIGNMENT, company, CLOSING), "human-element").ok()).isFalse();
        assertThat(result(GOOD, "human-element").detail()).contains("mentored two junior engineers");
    }

    @Test
    void salaryFails() {
        assertThat(result(replace(4, CLOSING + " My salary expectation is open."), "no-salary").ok()).isFalse();
        assertThat(result(GOOD, "no-salary").ok()).isTrue();
    }

    @Test
    void outdatedTechnologyFramedAsAMigrationPasses() {
        String framed = ALIGNMENT + " At Fjord Labs I also migrated the storefront away from jQuery.";

        assertThat(result(replace(2, framed), "outdated-framed").detail()).isEqualTo("framed as a migration: jQuery");
    }

    @Test
    void outdatedTechnologyUsedAsASkillFails() {
        String unframed = ALIGNMENT + " I am also fluent in jQuery and SVN.";

        LintResult result = result(replace(2, unframed), "outdated-framed");

        assertThat(result.ok()).isFalse();
        assertThat(result.detail()).contains("jQuery", "SVN");
    }

    @Test
    void fabricationFailsOnAFigureFromNowhere() {
        String invented = ALIGNMENT + " That also cut costs by 73% at Fjord Labs.";

        assertThat(result(replace(2, invented), "no-fabrication").detail()).contains("figure 73");
    }

    @Test
    void fabricationFailsOnAnUnknownEmployer() {
        String invented = ALIGNMENT + " At Globex Corporation I ran the same playbook.";

        assertThat(result(replace(2, invented), "no-fabrication").detail()).contains("employer Globex Corporation");
    }

    @Test
    void fabricationFailsOnASkillTheProfileDoesNotClaim() {
        String invented = ALIGNMENT + " I also write Go services every day.";

        assertThat(result(replace(2, invented), "no-fabrication").detail()).contains("technology Go");
    }

    @Test
    void fabricationFailsOnAnInventedTitle() {
        String invented = ALIGNMENT + " I did this as Principal Architect.";

        assertThat(result(replace(2, invented), "no-fabrication").detail()).contains("title Principal Architect");
    }

    @Test
    void fabricationAcceptsFiguresFromThePostingAndDurationsOfTheProposedCall() {
        String fromPosting = COMPANY + " Your tracking API answers 40 million requests a day.";

        assertThat(result(replace(3, fromPosting), "no-fabrication").ok()).isTrue();
    }

    @Test
    void fabricationAcceptsSkillsNamedOnlyInAnAchievement() {
        CandidateProfile profile = LetterFixtures.midProfile();
        CandidateProfile fewerSkills = new CandidateProfile(profile.name(), profile.email(), profile.phone(),
                profile.location(), profile.links(), profile.seniority(), profile.years(), List.of(),
                profile.achievements(), profile.collaboration(), profile.nextStep());

        assertThat(linter.lint(GOOD, LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(), fewerSkills,
                LetterFixtures.startupTailoring()).get(11).ok()).isTrue();
    }

    @Test
    void fabricationAcceptsATechnologyInTheCompanysName() {
        String named = ALIGNMENT + " I would like to bring that work to Go Freight.";

        assertThat(linter.lint(replace(2, named), LetterFixtures.withCompany(LetterFixtures.startupPosting(), "Go Freight"),
                LetterFixtures.startupAnalysis(), LetterFixtures.midProfile(), LetterFixtures.startupTailoring())
                .get(11).ok()).isTrue();
    }

    private List<LintResult> lint(List<String> paragraphs) {
        return linter.lint(paragraphs, LetterFixtures.startupPosting(), LetterFixtures.startupAnalysis(),
                LetterFixtures.midProfile(), LetterFixtures.startupTailoring());
    }

    private LintResult result(List<String> paragraphs, String rule) {
        return lint(paragraphs).stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static List<String> replace(int index, String paragraph) {
        List<String> out = new ArrayList<>(GOOD);
        out.set(index, paragraph);
        return out;
    }
}
