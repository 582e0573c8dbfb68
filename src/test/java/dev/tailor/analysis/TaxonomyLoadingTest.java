package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoadingTest {

    @Test
    void loadsFromStreamWithSourceName() throws Exception {
        try (InputStream in = Files.newInputStream(AnalysisFixtures.resource("taxonomy/small.yaml"))) {
            SkillTaxonomy taxonomy = SkillTaxonomy.load(in, "small.yaml");
            assertThat(taxonomy.size()).isEqualTo(4);
            assertThat(taxonomy.lookup("apache kafka")).map(TaxonomyEntry::name).contains("Kafka");
        }
    }

    @Test
    void keepsEntriesInFileOrder() throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.load(AnalysisFixtures.resource("taxonomy/small.yaml"));
        assertThat(taxonomy.entries()).extracting(TaxonomyEntry::name).containsExactly("Go", "Kafka", "jQuery", "React");
    }

    @Test
    void rejectsAliasOfAnotherSkillNamingFileAndLine() {
        assertFailsAt("duplicate-alias.yaml", 7, "duplicate alias 'postgres'");
    }

    @Test
    void rejectsNameThatDiffersOnlyInCase() {
        assertFailsAt("duplicate-name.yaml", 4, "duplicate name 'kafka'");
    }

    @Test
    void rejectsSpellingThatDiffersOnlyByHyphen() {
        assertFailsAt("duplicate-by-hyphen.yaml", 3, "already a spelling of Spring Boot");
    }

    @Test
    void rejectsEntryWithoutName() {
        assertFailsAt("missing-name.yaml", 3, "has no 'name'");
    }

    @Test
    void rejectsEntryWithoutCategory() {
        assertFailsAt("missing-category.yaml", 3, "has no 'category'");
    }

    @Test
    void rejectsUnknownKey() {
        assertFailsAt("unknown-key.yaml", 4, "unknown key 'alias'");
    }

    @Test
    void rejectsUnknownCategory() {
        assertFailsAt("unknown-category.yaml", 3, "unknown category 'cache'");
    }

    @Test
    void rejectsSuccessorThatIsNotASkill() {
        assertFailsAt("unknown-successor.yaml", 2, "successor 'React' is not a skill");
    }

    @Test
    void reportsYamlSyntaxErrorWithLine() {
        assertThatThrownBy(() -> SkillTaxonomy.load(AnalysisFixtures.resource("taxonomy/bad-syntax.yaml")))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("bad-syntax.yaml:")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(((TaxonomyException) e).line()).isPositive());
    }

    @Test
    void rejectsEmptyStreamNamingSource() {
        InputStream empty = new ByteArrayInputStream(new byte[0]);
        assertThatThrownBy(() -> SkillTaxonomy.load(empty, "inline.yaml"))
                .isInstanceOf(TaxonomyException.class)
                .hasMessage("inline.yaml: the file is empty");
    }

    @Test
    void reportsMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> SkillTaxonomy.load(missing))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageStartingWith(missing + ": cannot be read");
    }

    @Test
    void rejectsAmbiguousSpellingThatIsNotOneOfTheEntry(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("skills.yaml");
        Files.writeString(file, "skills:\n  - {name: Go, category: language, ambiguous: [Golang]}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SkillTaxonomy.load(file))
                .isInstanceOf(TaxonomyException.class)
                .hasMessage(file + ":2: ambiguous spelling 'Golang' is not a name or alias of Go");
    }

    private static void assertFailsAt(String fixture, int line, String reason) {
        Path file = AnalysisFixtures.resource("taxonomy/" + fixture);
        assertThatThrownBy(() -> SkillTaxonomy.load(file))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    TaxonomyException failure = (TaxonomyException) e;
                    assertThat(failure.source()).isEqualTo(file.toString());
                    assertThat(failure.line()).isEqualTo(line);
                });
    }
}
