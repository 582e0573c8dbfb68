package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A run that fails mid-step is finished by the next run, which restarts the failed execution from its last
 * committed chunk: no posting is done twice, none is missing.
 */
class RestartTest {
    /** A small chunk, so the sample data spans several chunks. */
    private static final int CHUNK = 4;

    @TempDir
    Path tmp;

    @AfterEach
    void stopFailing() {
        FailingWriter.failOn = null;
    }

    @Test
    void failedRunIsRestartedAndCompletedWithExactCounts() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp);
        List<Path> files = workspace.postingFiles();
        int total = files.size();
        // Fail on the first posting of a chunk after the first, so the chunks before it are committed and it is
        // not. That posting must be one the reader accepts (a skipped one never reaches the writer).
        int failingIndex = CHUNK;
        while (isSkippable(files.get(failingIndex))) {
            failingIndex += CHUNK;
        }
        int committed = failingIndex;
        int skippedBefore = countSkippable(files.subList(0, committed));
        int skippedAfter = countSkippable(files.subList(committed, total));
        int failedChunkEnd = Math.min(total, committed + CHUNK);
        int skippedInFailedChunk = countSkippable(files.subList(committed, failedChunkEnd));
        FailingWriter.failOn = files.get(failingIndex).getFileName().toString();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayOutputStream(), err).execute(workspace.runArgs())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the run failed", "injected failure");

        List<BatchTables.StepCounts> first = BatchTables.postingSteps(workspace.db());
        assertThat(first).singleElement().satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("FAILED");
            // Spring Batch counts what the rolled-back chunk read and skipped; only what was written is committed.
            assertThat(step.read()).isEqualTo(failedChunkEnd);
            assertThat(step.write()).isEqualTo(committed - skippedBefore);
            assertThat(step.skip()).isEqualTo(skippedBefore + skippedInFailedChunk);
        });

        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM tailor_posting")).isEqualTo(committed);
        // The failed chunk's letters were staged by the workers, never placed: removed when the step failed.
        try (Stream<Path> letters = Files.list(workspace.out().resolve("letters"))) {
            assertThat(letters.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }

        FailingWriter.failOn = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(cli(out, new ByteArrayOutputStream()).execute(workspace.runArgs())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("resuming the unfinished run");
        List<BatchTables.StepCounts> steps = BatchTables.postingSteps(workspace.db());
        assertThat(steps).hasSize(2);
        assertThat(steps.get(1)).satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("COMPLETED");
            assertThat(step.read()).isEqualTo(total - committed);
            assertThat(step.write()).isEqualTo(total - committed - skippedAfter);
            assertThat(step.skip()).isEqualTo(skippedAfter);
        });
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM tailor_posting")).isEqualTo(total);
        assertThat(BatchTables.count(workspace.db(),
                "SELECT COUNT(*) FROM tailor_posting WHERE last_outcome = 'processed'"))
                .isEqualTo(total - skippedBefore - skippedAfter);
        assertThat(Files.readAllLines(workspace.out().resolve("postings.jsonl"))).hasSize(total);
        try (var letters = Files.list(workspace.out().resolve("letters"))) {
            assertThat(letters.filter(p -> p.toString().endsWith(".md")).count())
                    .isEqualTo(total - skippedBefore - skippedAfter);
        }
    }

    private static int countSkippable(List<Path> files) {
        return (int) files.stream().filter(RestartTest::isSkippable).count();
    }

    /** Whether the posting reader rejects the file: such postings are skipped, never written. */
    private static boolean isSkippable(Path file) {
        try {
            new PostingReader().read(file, file.toString());
            return false;
        } catch (PostingParseException e) {
            return true;
        }
    }

    private static TailorCli cli(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(Map.of("tailor.chunk-size", CHUNK), TailorApplication.class, FailingWriter.class));
    }

    /**
     * Wraps the real writer and fails on one posting while {@link #failOn} names it. Not annotated as a
     * configuration, so component scanning never picks it up: it is added only as a source of this test's runs.
     */
    static class FailingWriter {
        static volatile String failOn;

        @Bean
        @Primary
        ItemWriter<PostingOutcome> failingPostingWriter(PostingOutcomeWriter postingWriter) {
            return chunk -> {
                for (PostingOutcome outcome : chunk) {
                    String target = failOn;
                    if (target != null && outcome.file().source().endsWith("/" + target)) {
                        throw new IllegalStateException("injected failure writing " + target);
                    }
                }
                postingWriter.write(chunk);
            };
        }
    }
}
