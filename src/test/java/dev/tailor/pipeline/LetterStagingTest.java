package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter's files written ahead by a worker, then put in place (or dropped) by the step's thread. */
class LetterStagingTest {
    private static final byte[] WORD = {'P', 'K', 3, 4, 'w', 'o', 'r', 'd'};

    @TempDir
    Path tmp;

    private final PostingOutcome.RenderedLetter letter = new PostingOutcome.RenderedLetter(
            "letters/acme-backend-engineer-3f9a1c", "Dear Acme,", "<p>Dear Acme,</p>", WORD);

    @Test
    void stagingShowsNoLetterUntilItIsPlaced() throws Exception {
        LetterStaging staging = new LetterStaging(settings());

        PostingOutcome.RenderedLetter staged = staging.stage(letter);

        assertThat(staged.staged()).containsOnlyKeys("md", "html", "docx");
        assertThat(names()).hasSize(3).allMatch(name -> name.startsWith(".") && name.endsWith(".tmp"));
    }

    @Test
    void placingMovesTheStagedFilesIntoPlace() throws Exception {
        LetterStaging staging = new LetterStaging(settings());
        PostingOutcome.RenderedLetter staged = staging.stage(letter);

        staging.place(staged);

        assertThat(names()).containsExactlyInAnyOrder("acme-backend-engineer-3f9a1c.md",
                "acme-backend-engineer-3f9a1c.html", "acme-backend-engineer-3f9a1c.docx");
        assertThat(letters().resolve("acme-backend-engineer-3f9a1c.md")).hasContent("Dear Acme,");
        assertThat(letters().resolve("acme-backend-engineer-3f9a1c.html")).hasContent("<p>Dear Acme,</p>");
        assertThat(Files.readAllBytes(letters().resolve("acme-backend-engineer-3f9a1c.docx"))).isEqualTo(WORD);
    }

    @Test
    void aLetterWrittenAgainAfterItsStagedFilesWereMovedIsWrittenFromMemory() throws Exception {
        LetterStaging staging = new LetterStaging(settings());
        PostingOutcome.RenderedLetter staged = staging.stage(letter);
        staging.place(staged);
        Files.writeString(letters().resolve("acme-backend-engineer-3f9a1c.md"), "overwritten meanwhile");

        // A chunk rolled back and written again item by item places the same letter a second time.
        staging.place(staged);

        assertThat(letters().resolve("acme-backend-engineer-3f9a1c.md")).hasContent("Dear Acme,");
        assertThat(names()).hasSize(3).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aFormatTheLetterDoesNotHaveIsRemoved() throws Exception {
        Files.createDirectories(letters());
        Files.writeString(letters().resolve("acme-backend-engineer-3f9a1c.html"), "an old copy");
        LetterStaging staging = new LetterStaging(settings());
        PostingOutcome.RenderedLetter markdownOnly = new PostingOutcome.RenderedLetter(letter.stem(),
                letter.markdown(), null, null);

        staging.place(staging.stage(markdownOnly));

        assertThat(names()).containsExactly("acme-backend-engineer-3f9a1c.md");
    }

    @Test
    void discardingDeletesTheStagedFiles() throws Exception {
        LetterStaging staging = new LetterStaging(settings());
        PostingOutcome.RenderedLetter staged = staging.stage(letter);

        staging.discard(staged);

        assertThat(names()).isEmpty();
    }

    @Test
    void whatCannotBeStagedFailsWhenPlacedAsAnUnstagedWriteWould() throws Exception {
        // The letters folder cannot be made: a file has its name.
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(letters(), "not a folder", StandardCharsets.UTF_8);
        LetterStaging staging = new LetterStaging(settings());

        PostingOutcome.RenderedLetter staged = staging.stage(letter);

        assertThat(staged.staged()).isEmpty();
        assertThatThrownBy(() -> staging.place(staged)).isInstanceOf(IOException.class);
    }

    private RunSettings settings() {
        return new RunSettings(tmp.resolve("job.yaml"), List.of(tmp.resolve("postings")), tmp.resolve("profile.yaml"),
                tmp.resolve("templates"), tmp.resolve("out"), tmp.resolve("data/tailor"), Set.of("md", "html", "docx"),
                false, 10);
    }

    private Path letters() {
        return tmp.resolve("out/letters");
    }

    private List<String> names() throws IOException {
        if (!Files.isDirectory(letters())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(letters())) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
