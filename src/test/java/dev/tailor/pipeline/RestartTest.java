package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
    /** The default chunk size (application.yml): the injected failure hits the second chunk. */
    private static final int CHUNK = 10;

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
        // Fail on the first posting of the second chunk, so the first chunk is committed and the second is not.
        Path failing = files.get(CHUNK);
        int skippedInFirstChunk = countSkippable(files.subList(0, CHUNK));
        int skippedAfter = countSkippable(files.subList(CHUNK, total));
        FailingWriter.failOn = failing.getFileName().toString();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayOutputStream(), err).execute(workspace.runArgs())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the run failed", "injected failure");

        List<BatchTables.StepCounts> first = BatchTables.postingSteps(workspace.db());
        assertThat(first).singleElement().satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("FAILED");
            assertThat(step.read()).isEqualTo(CHUNK);
            assertThat(step.write()).isEqualTo(CHUNK - skippedInFirstChunk);
            assertThat(step.skip()).isEqualTo(skippedInFirstChunk);
        });

        FailingWriter.failOn = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(cli(out, new ByteArrayOutputStream()).execute(workspace.runArgs())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("resuming the unfinished run");
        List<BatchTables.StepCounts> steps = BatchTables.postingSteps(workspace.db());
        assertThat(steps).hasSize(2);
        assertThat(steps.get(1)).satisfies(step -> {
            assertThat(step.jobStatus()).isEqualTo("COMPLETED");
            assertThat(step.read()).isEqualTo(total - CHUNK);
            assertThat(step.write()).isEqualTo(total - CHUNK - skippedAfter);
            assertThat(step.skip()).isEqualTo(skippedAfter);
        });
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
        assertThat(BatchTables.count(workspace.db(), "SELECT COUNT(*) FROM tailor_posting")).isEqualTo(total);
        assertThat(BatchTables.count(workspace.db(),
                "SELECT COUNT(*) FROM tailor_posting WHERE last_outcome = 'processed'"))
                .isEqualTo(total - skippedInFirstChunk - skippedAfter);
        assertThat(Files.readAllLines(workspace.out().resolve("postings.jsonl"))).hasSize(total);
        try (var letters = Files.list(workspace.out().resolve("letters"))) {
            assertThat(letters.filter(p -> p.toString().endsWith(".md")).count())
                    .isEqualTo(total - skippedInFirstChunk - skippedAfter);
        }
    }

    private static int countSkippable(List<Path> files) {
        return (int) files.stream().filter(p -> p.getFileName().toString().equals("saved-sign-in-wall.html")).count();
    }

    private static TailorCli cli(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                new PipelineLauncher(TailorApplication.class, FailingWriter.class));
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
