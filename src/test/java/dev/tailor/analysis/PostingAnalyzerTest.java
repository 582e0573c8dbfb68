package dev.tailor.analysis;

import static dev.tailor.analysis.AnalysisFixtures.posting;
import static dev.tailor.analysis.AnalysisFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tailor.posting.Posting;
import dev.tailor.posting.SectionKind;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostingAnalyzerTest {
    private final PostingAnalyzer analyzer = AnalysisFixtures.analyzer();
    private final Posting payments = AnalysisFixtures.postingFromResource("postings/payments-backend.txt");

    @Test
    void ordersSkillsRequiredThenNiceThenMentioned() {
        List<Requirement> levels = analyzer.analyze(payments).skills().stream().map(SkillMention::level).toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.naturalOrder()).contains(
                Requirement.REQUIRED, Requirement.NICE_TO_HAVE, Requirement.MENTIONED);
    }

    @Test
    void ordersEqualLevelsByCount() {
        Analysis analysis = analyzer.analyze(posting("Kotlin Engineer",
                section(SectionKind.REQUIREMENTS, "- Java, Java again and more Java", "- PostgreSQL", "- Kotlin")));
        assertThat(analysis.skills()).extracting(SkillMention::name, SkillMention::count)
                .containsExactly(tuple("Java", 3), tuple("Kotlin", 2), tuple("PostgreSQL", 1));
    }

    @Test
    void putsTitleSkillFirstAmongEqualCounts() {
        Analysis analysis = analyzer.analyze(posting("Rust Engineer",
                section(SectionKind.REQUIREMENTS, "- Kafka, Redis and Kafka", "- Rust")));
        assertThat(analysis.skills()).extracting(SkillMention::name).startsWith("Rust", "Kafka");
    }

    @Test
    void countsEveryOccurrenceAndKeepsFirstSpelling() {
        Analysis analysis = analyzer.analyze(posting("Engineer",
                section(SectionKind.REQUIREMENTS, "- Postgres tuning", "- PostgreSQL replication", "- psql scripts")));
        assertThat(analysis.skills()).singleElement()
                .extracting(SkillMention::name, SkillMention::count, SkillMention::spelling, SkillMention::category)
                .containsExactly("PostgreSQL", 3, "Postgres", "database");
    }

    @Test
    void analyzesAWholePosting() {
        Analysis analysis = analyzer.analyze(payments);
        assertThat(analysis.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(analysis.yearsRequired()).isEqualTo(5);
        assertThat(analysis.required()).extracting(SkillMention::name)
                .startsWith("Java", "Kafka", "Spring Boot").contains("PostgreSQL", "SQL", "RabbitMQ");
        assertThat(analysis.skills()).filteredOn(s -> s.level() == Requirement.NICE_TO_HAVE).extracting(SkillMention::name)
                .containsExactlyInAnyOrder("Go", "Kotlin", "Terraform", "AWS", "gRPC");
        assertThat(analysis.signals()).extracting(CompanySignal::type, CompanySignal::value).contains(
                tuple("migration", "monolith to microservices"), tuple("domain", "fintech"), tuple("stage", "scale-up"),
                tuple("funding", "Series B"), tuple("team-size", "12 engineers"), tuple("compliance", "SOC 2"));
    }

    @Test
    void readsWholeTextWhenSectionsAreEmpty() {
        Posting bare = new Posting("id", "x.txt", "Engineer", "Co", null, null, null, null,
                "You must know Kafka.", List.of(section(SectionKind.OTHER, "")), "0");
        assertThat(analyzer.analyze(bare).required()).extracting(SkillMention::name).containsExactly("Kafka");
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        Analysis expected = analyzer.analyze(payments);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> analyzer.analyze(payments)));
            for (Future<Analysis> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
