package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.TailorApplication;
import dev.tailor.pipeline.PipelineLauncher;
import dev.tailor.pipeline.SampleWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code tailor schedule} with the real job: a firing every few seconds runs it as {@code tailor run} would. */
class ScheduleCommandTest {
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scheduleFiringEveryFewSecondsCompletesARun() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        Path job = jobFile(workspace, "*/3 * * * * *");
        CronSchedule schedule = command().prepare(arguments(job));
        Thread thread = new Thread(schedule::run, "schedule-under-test");
        thread.start();

        Path lastRun = awaitFile(workspace.out().resolve("last-run.json"));
        schedule.stop();
        assertThat(schedule.awaitStopped(PATIENCE)).isTrue();

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(lastRun));
        assertThat(summary.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("counts").get("read").asInt()).isEqualTo(workspace.postingFiles().size());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("next run at", "run starting", "run ended: done");
    }

    @Test
    @Tag("slow") // a second JVM runs the job and is killed: about 20 s; in `-Pslow`, with the crash tests
    void runKilledMidwayIsRecoveredAndFinishedByTheNextScheduledRun() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        int total = workspace.postingFiles().size();
        killAfterFirstChunk(workspace);
        Path job = jobFile(workspace, "*/3 * * * * *");
        CronSchedule schedule = command().prepare(arguments(job));
        Thread thread = new Thread(schedule::run, "schedule-under-test");
        thread.start();

        Path lastRun = awaitFile(workspace.out().resolve("last-run.json"));
        schedule.stop();
        assertThat(schedule.awaitStopped(PATIENCE)).isTrue();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("was interrupted; recovering it",
                "resuming the unfinished run");
        assertThat(lastRun).exists();
        // The next firing can follow the resumed run at once (every 3 s, counted from its end) and be finishing
        // while the schedule stops: its summary then replaces last-run.json. Each run keeps its own summary too.
        List<JsonNode> resumed = runSummaries(workspace).stream()
                .filter(summary -> summary.get("resumed").asBoolean())
                .toList();
        assertThat(resumed).as("the resumed run's summary").hasSize(1);
        assertThat(resumed.get(0).get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.get(0).get("counts").get("read").asInt()).isEqualTo(total);
    }

    private static List<JsonNode> runSummaries(SampleWorkspace workspace) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (var files = Files.list(workspace.out().resolve("logs"))) {
            List<Path> summaries = files
                    .filter(file -> file.getFileName().toString().matches("run-\\d+\\.json"))
                    .toList();
            List<JsonNode> read = new ArrayList<>();
            for (Path summary : summaries) {
                read.add(json.readTree(Files.readString(summary)));
            }
            return read;
        }
    }

    /**
     * Runs the job in a separate process that is halted, as SIGKILL would stop it, while it works on the 11th
     * posting: its job execution is left STARTED with no chunk of the sample's 13 postings committed (a chunk is 50). The halt comes from the crash point inside
     * the child rather than from a kill timed on its output: a run that is quick (or a progress line that is not
     * printed because the chunk took under a second) would otherwise finish before the kill.
     */
    private static void killAfterFirstChunk(SampleWorkspace workspace) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtailor.crash-at=posting-processed:11", "-cp", System.getProperty("java.class.path"),
                TailorApplication.class.getName()));
        command.addAll(List.of(workspace.runArgs()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child was halted").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(workspace.out().resolve("last-run.json")).as("the killed run never finished").doesNotExist();
    }

    private static Path awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return file;
    }

    @Test
    void jobFileWithoutAScheduleIsAUsageError() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        Path job = jobFile(workspace, null);

        assertThatThrownBy(() -> command().prepare(arguments(job)))
                .isInstanceOf(UsageException.class).hasMessageContaining("no schedule");
    }

    @Test
    void invalidCronIsAUsageError() throws Exception {
        SampleWorkspace workspace = SampleWorkspace.copyInto(tmp.resolve("workspace"));
        Path job = jobFile(workspace, "0 30 25 * * *");

        assertThatThrownBy(() -> command().prepare(arguments(job)))
                .isInstanceOf(UsageException.class).hasMessageContaining("invalid schedule '0 30 25 * * *'");
    }

    private ScheduleCommand command() {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemDefaultZone();
        return new ScheduleCommand(o, e, clock, new LockedRun(o, e, clock, new PipelineLauncher(TailorApplication.class)));
    }

    private static Arguments arguments(Path job) throws UsageException {
        return Arguments.parse(new String[] {"schedule", job.toString()}, Set.of("db"), Set.of());
    }

    private Path jobFile(SampleWorkspace workspace, String schedule) throws IOException {
        String text = "postings: [" + workspace.postings() + "]\n"
                + "profile: " + workspace.profile() + "\n"
                + "templates: " + workspace.templates() + "\n"
                + "out: " + workspace.out() + "\n"
                + "db: " + workspace.db() + "\n"
                + (schedule == null ? "" : "schedule: \"" + schedule + "\"\n");
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, text);
        return job;
    }
}
