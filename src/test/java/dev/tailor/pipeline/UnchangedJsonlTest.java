package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * postings.jsonl is written again only when writing it would change it, or when it is no longer what the last run
 * wrote: a person may have edited or deleted it.
 */
class UnchangedJsonlTest {
    /** A time no run writes a file at: a file that still has it was not written again. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path tmp;

    private SampleWorkspace workspace;
    private Path jsonl;

    @BeforeEach
    void firstRun() {
        workspace = SampleWorkspace.copyInto(tmp);
        jsonl = workspace.out().resolve(ReportTasklet.JSONL);
        assertThat(run()).isZero();
    }

    @Test
    void anUnchangedRunLeavesTheFileAsItWas() throws Exception {
        // a second run turns every "new" into "unchanged": that one is written
        assertThat(run()).isZero();
        String written = Files.readString(jsonl);
        Files.setLastModifiedTime(jsonl, LONG_AGO);

        assertThat(run()).isZero();

        assertThat(Files.getLastModifiedTime(jsonl)).isEqualTo(LONG_AGO);
        assertThat(Files.readString(jsonl)).isEqualTo(written);
    }

    @Test
    void anEditedFileIsWrittenAgain() throws Exception {
        assertThat(run()).isZero();
        String written = Files.readString(jsonl);
        Files.writeString(jsonl, written.replace("\"state\":\"unchanged\"", "\"state\":\"edited\""));

        assertThat(run()).isZero();

        assertThat(Files.readString(jsonl)).isEqualTo(written);
    }

    @Test
    void aDeletedFileIsWrittenAgain() throws Exception {
        assertThat(run()).isZero();
        String written = Files.readString(jsonl);
        Files.delete(jsonl);

        assertThat(run()).isZero();

        assertThat(Files.readString(jsonl)).isEqualTo(written);
    }

    @Test
    void aChangedPostingHasTheFileWrittenAgain() throws Exception {
        assertThat(run()).isZero();
        Path posting = workspace.postingFiles().get(0);
        Files.writeString(posting, Files.readString(posting) + "\n");
        Files.setLastModifiedTime(jsonl, LONG_AGO);

        assertThat(run()).isZero();

        assertThat(Files.getLastModifiedTime(jsonl)).isNotEqualTo(LONG_AGO);
        assertThat(Files.readString(jsonl)).contains("\"state\":\"changed\"");
    }

    @Test
    void aPostingGoneHasTheFileWrittenAgain() throws Exception {
        assertThat(run()).isZero();
        Files.delete(workspace.postingFiles().get(0));
        Files.setLastModifiedTime(jsonl, LONG_AGO);

        assertThat(run()).isZero();

        assertThat(Files.readString(jsonl)).contains("\"state\":\"closed\"");
    }

    private int run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class)).execute(workspace.runArgs());
    }
}
