package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {
    private final SkillTaxonomy taxonomy = AnalysisFixtures.taxonomy();

    @Test
    void holdsAtLeastThreeHundredSkills() {
        assertThat(taxonomy.size()).isGreaterThanOrEqualTo(600).isEqualTo(taxonomy.entries().size());
    }

    @Test
    void everySpellingLeadsBackToItsOwnEntry() {
        Map<String, String> owner = new HashMap<>();
        for (TaxonomyEntry entry : taxonomy.entries()) {
            for (String spelling : entry.spellings()) {
                assertThat(taxonomy.lookup(spelling)).as(spelling).contains(entry);
                String previous = owner.put(Tokenizer.key(spelling), entry.name());
                assertThat(previous).as("spelling %s of %s", spelling, entry.name()).isIn(null, entry.name());
            }
        }
    }

    @Test
    void looksUpAnySpellingIgnoringCase() {
        assertThat(taxonomy.lookup("postgres")).map(TaxonomyEntry::name).contains("PostgreSQL");
        assertThat(taxonomy.lookup("K8S")).map(TaxonomyEntry::name).contains("Kubernetes");
        assertThat(taxonomy.lookup("golang")).map(TaxonomyEntry::name).contains("Go");
        assertThat(taxonomy.lookup("Amazon Web Services")).map(TaxonomyEntry::name).contains("AWS");
    }

    @Test
    void treatsHyphenLikeSpaceInLookup() {
        assertThat(taxonomy.lookup("spring-boot")).map(TaxonomyEntry::name).contains("Spring Boot");
        assertThat(taxonomy.lookup("  Spring   Boot ")).map(TaxonomyEntry::name).contains("Spring Boot");
    }

    @Test
    void keepsSymbolNamesApartInLookup() {
        assertThat(taxonomy.lookup("C")).map(TaxonomyEntry::name).contains("C");
        assertThat(taxonomy.lookup("c++")).map(TaxonomyEntry::name).contains("C++");
        assertThat(taxonomy.lookup("c#")).map(TaxonomyEntry::name).contains("C#");
        assertThat(taxonomy.lookup("dotnet")).map(TaxonomyEntry::name).contains(".NET");
        assertThat(taxonomy.lookup("nodejs")).map(TaxonomyEntry::name).contains("Node.js");
    }

    @Test
    void returnsEmptyForUnknownSpelling() {
        assertThat(taxonomy.lookup("Underwater Basket Weaving")).isEmpty();
    }

    @Test
    void flagsOutdatedTechnologiesWithKnownSuccessors() {
        for (String name : new String[] {"jQuery", "SVN", "PHP 5", "AngularJS", "Python 2", "CoffeeScript"}) {
            TaxonomyEntry entry = taxonomy.lookup(name).orElseThrow();
            assertThat(entry.outdated()).as(name).isTrue();
            assertThat(entry.successors()).as(name).isNotEmpty()
                    .allSatisfy(successor -> assertThat(taxonomy.lookup(successor)).isPresent());
        }
    }

    @Test
    void usesOnlyKnownCategories() {
        assertThat(taxonomy.entries()).extracting(TaxonomyEntry::category).isSubsetOf(SkillTaxonomy.CATEGORIES);
    }

    @Test
    void marksOrdinaryWordsAsAmbiguous() {
        assertThat(taxonomy.lookup("Go").orElseThrow().ambiguousSpellings()).containsExactly("Go");
        assertThat(taxonomy.lookup("R").orElseThrow().ambiguous()).isTrue();
        assertThat(taxonomy.lookup("Kafka").orElseThrow().ambiguous()).isFalse();
    }
}
