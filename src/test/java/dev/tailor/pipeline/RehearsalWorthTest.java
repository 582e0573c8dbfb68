package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal runs when an input changed after the last run wrote its database, and not otherwise. */
class RehearsalWorthTest {
    private static final FileTime BEFORE = FileTime.from(Instant.parse("2026-11-01T10:00:00Z"));
    private static final FileTime RUN = FileTime.from(Instant.parse("2026-11-02T02:30:00Z"));
    private static final FileTime AFTER = FileTime.from(Instant.parse("2026-11-02T09:00:00Z"));

    @TempDir
    Path folder;
    private Path posting;
    private Path template;

    @BeforeEach
    void lastRunWroteItsDatabaseAfterEveryInput() throws IOException {
        Files.createDirectories(folder.resolve("postings/board"));
        Files.createDirectories(folder.resolve("templates"));
        posting = Files.writeString(folder.resolve("postings/board/a.html"), "<html></html>");
        template = Files.writeString(folder.resolve("templates/letter.ftl"), "Dear");
        Files.writeString(folder.resolve("profile.yaml"), "name: Ada");
        Files.writeString(folder.resolve("job.yaml"), "formats: [md]");
        for (String path : List.of("postings/board/a.html", "postings/board", "postings", "templates/letter.ftl",
                "templates", "profile.yaml", "job.yaml")) {
            Files.setLastModifiedTime(folder.resolve(path), BEFORE);
        }
        Files.createDirectories(folder.resolve("data"));
        Files.setLastModifiedTime(Files.writeString(folder.resolve("data/tailor.mv.db"), "h2"), RUN);
    }

    @Test
    void notWhenNothingChangedSinceTheLastRun() {
        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isFalse();
    }

    @Test
    void whenAPostingChangedSinceTheLastRun() throws IOException {
        Files.setLastModifiedTime(posting, AFTER);

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isTrue();
    }

    @Test
    void whenAPostingWasCopiedInWithItsOldTime() throws IOException {
        // the file keeps its time; the folder it was copied into does not
        Files.setLastModifiedTime(Files.copy(posting, folder.resolve("postings/board/b.html")), BEFORE);
        Files.setLastModifiedTime(folder.resolve("postings/board"), AFTER);

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isTrue();
    }

    @Test
    void whenATemplateChangedSinceTheLastRun() throws IOException {
        Files.setLastModifiedTime(template, AFTER);

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isTrue();
    }

    @Test
    void whenTheProfileChangedSinceTheLastRun() throws IOException {
        Files.setLastModifiedTime(folder.resolve("profile.yaml"), AFTER);

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isTrue();
    }

    @Test
    void whenTheRunIsForced() {
        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(true))).isTrue();
    }

    @Test
    void whenThereIsNoDatabaseYet() throws IOException {
        Files.delete(folder.resolve("data/tailor.mv.db"));

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(settings(false))).isTrue();
    }

    @Test
    void whenAPostingsFolderIsMissing() {
        // the run reports it; the guess only must not fail
        RunSettings missing = new RunSettings(folder.resolve("job.yaml"), List.of(folder.resolve("elsewhere")),
                folder.resolve("profile.yaml"), folder.resolve("templates"), folder.resolve("out"),
                folder.resolve("data/tailor"), Set.of("md"), false, 10);

        assertThat(RehearsalWorth.anyPostingLikelyPrepared(missing)).isTrue();
    }

    private RunSettings settings(boolean force) {
        return new RunSettings(folder.resolve("job.yaml"), List.of(folder.resolve("postings")),
                folder.resolve("profile.yaml"), folder.resolve("templates"), folder.resolve("out"),
                folder.resolve("data/tailor"), Set.of("md"), force, 10);
    }
}
