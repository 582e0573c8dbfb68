package dev.tailor.analysis;

import static dev.tailor.analysis.AnalysisFixtures.posting;
import static dev.tailor.analysis.AnalysisFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.SectionKind;
import org.junit.jupiter.api.Test;

class SkillYearsTest {
    private static SkillMention skill(Analysis analysis, String name) {
        return analysis.skills().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Analysis requirements(String... lines) {
        return AnalysisFixtures.analyzer().analyze(posting("Backend Engineer", section(SectionKind.REQUIREMENTS, lines)));
    }

    @Test
    void givesASkillTheYearsOfItsSentence() {
        Analysis analysis = requirements("- 5+ years of experience with Java", "- Docker");

        assertThat(skill(analysis, "Java").years()).isEqualTo(5);
        assertThat(skill(analysis, "Docker").years()).isNull();
    }

    @Test
    void givesEachSkillTheNearestFigure() {
        Analysis analysis = requirements("- 6 years building backends in Java, including 2 years with Kafka");

        assertThat(skill(analysis, "Java").years()).isEqualTo(6);
        assertThat(skill(analysis, "Kafka").years()).isEqualTo(2);
        assertThat(analysis.yearsRequired()).isEqualTo(6);
    }

    @Test
    void readsYearsAfterTheSkill() {
        assertThat(skill(requirements("- Kotlin (3+ years)"), "Kotlin").years()).isEqualTo(3);
    }

    @Test
    void ignoresYearsOfANiceToHave() {
        assertThat(skill(requirements("- 2 years of Rust would be a plus"), "Rust").years()).isNull();
    }
}
