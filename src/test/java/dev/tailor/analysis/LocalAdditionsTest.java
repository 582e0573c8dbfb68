package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalAdditionsTest {

    private static SkillTaxonomy withLocalSkills(String file) throws TaxonomyException {
        return AnalysisFixtures.taxonomy().withAdditions(AnalysisFixtures.resource("additions/" + file));
    }

    private static List<String> names(SkillTaxonomy taxonomy, String text) {
        return new SkillExtractor(taxonomy).find(text).stream().map(o -> o.entry().name()).toList();
    }

    @Test
    void findsASkillAddedInTheDataFolder() throws Exception {
        assertThat(names(withLocalSkills("skills.local.yaml"), "We build on Quarkleaf and Kafka."))
                .containsExactly("Quarkleaf", "Kafka");
    }

    @Test
    void anEntryNamedLikeABundledSkillReplacesIt() throws Exception {
        SkillTaxonomy taxonomy = withLocalSkills("skills.local.yaml");

        assertThat(taxonomy.lookup("PG database")).map(TaxonomyEntry::name).contains("PostgreSQL");
        assertThat(taxonomy.entries().stream().filter(e -> e.name().equals("PostgreSQL"))).hasSize(1);
    }

    @Test
    void keepsTheBundledSkillsAndCountsTheNewOne() throws Exception {
        assertThat(withLocalSkills("skills.local.yaml").size()).isEqualTo(AnalysisFixtures.taxonomy().size() + 1);
    }

    @Test
    void aSpellingOfAnotherBundledSkillIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> withLocalSkills("skills-clash.local.yaml"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("skills-clash.local.yaml:2")
                .hasMessageContaining("already a spelling of PostgreSQL (in the bundled taxonomy)");
    }

    @Test
    void findsASignalAddedInTheDataFolder() throws Exception {
        SignalLexicon lexicon = AnalysisFixtures.lexicon().withAdditions(AnalysisFixtures.resource("additions/signals.local.yaml"));

        assertThat(new CompanySignalDetector(lexicon).detect("We sell hive telemetry to apiaries across Europe."))
                .extracting(CompanySignal::type, CompanySignal::value)
                .contains(org.assertj.core.groups.Tuple.tuple("domain", "beekeeping"));
    }

    @Test
    void keepsTheBundledSignals() throws Exception {
        SignalLexicon lexicon = AnalysisFixtures.lexicon().withAdditions(AnalysisFixtures.resource("additions/signals.local.yaml"));

        assertThat(new CompanySignalDetector(lexicon).detect("We are a fast-growing startup."))
                .extracting(CompanySignal::type).contains("stage");
    }
}
