package dev.tailor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.Analysis;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A posting that asks for skills the sample profile lacks: the letter claims none of them. */
class FabricationTest {
    static final String POSTING = """
            Senior Backend Engineer
            Company: Quillmoor
            Location: Lisbon, Portugal

            Quillmoor is a Series A startup building booking software for dental clinics.

            Requirements
            - 6+ years building web backends in Python and Django
            - React and TypeScript on the front end
            - PostgreSQL and Redis in production
            - Celery for background jobs

            Nice to have
            - Elixir
            - Experience with HIPAA
            """;

    @TempDir
    static Path dir;
    static Letter letter;
    static Tailoring tailoring;

    @BeforeAll
    static void render() throws Exception {
        SampleLettersTest.chain();
        Path file = dir.resolve("quillmoor.txt");
        Files.writeString(file, POSTING, StandardCharsets.UTF_8);
        Posting posting = new PostingReader().read(file, "quillmoor.txt");
        Analysis analysis = SampleLettersTest.analyzer.analyze(posting);
        tailoring = SampleLettersTest.matcher.match(analysis, SampleLettersTest.profile, SampleLettersTest.DATE);
        letter = SampleLettersTest.renderer.render(posting, analysis, SampleLettersTest.profile, tailoring,
                SampleLettersTest.DATE);
    }

    @Test
    void theMissingSkillsAreListedForTheReport() {
        assertThat(tailoring.missing()).contains("Python", "Django", "React", "TypeScript", "Celery");
    }

    @Test
    void theLetterNamesNoneOfThem() {
        String body = String.join("\n", letter.paragraphs());

        assertThat(body).doesNotContain("Python", "Django", "React", "TypeScript", "Celery", "Elixir");
    }

    @Test
    void theFabricationCheckAgrees() {
        assertThat(letter.lint()).filteredOn(r -> r.rule().equals("no-fabrication")).singleElement()
                .satisfies(r -> assertThat(r.ok()).as(r.detail()).isTrue());
    }

    @Test
    void whatItHasIsStillUsedWithEvidence() {
        assertThat(tailoring.matched()).contains("PostgreSQL", "Redis");
        assertThat(String.join("\n", letter.paragraphs())).contains("PostgreSQL");
    }
}
