package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.pipeline.PipelineLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The command line without a job run: help, usage errors and commands of later versions. */
class TailorCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TailorCli cli = new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), new PipelineLauncher());

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("tailor run [JOB.yaml]", "tailor check", "tailor fetch [JOB.yaml] [URL...]",
                        "tailor profile import RESUME.docx", "tailor schedule [JOB.yaml]", "tailor status [JOB.yaml]",
                        "3 another run holds")
                .doesNotContain("not available yet");
    }

    @Test
    void noArgumentsPrintsHelpAsAUsageError() {
        assertThat(cli.execute()).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    @Test
    void fetchWithNothingToFetchIsAUsageError() {
        assertThat(cli.execute("fetch", "--postings", "data/postings")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing to fetch");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(cli.execute("frobnicate")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
    }

    @Test
    void missingJobFileIsAUsageError() {
        assertThat(cli.execute("run", "jobs/does-not-exist.yaml")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("job file 'jobs/does-not-exist.yaml' does not exist");
    }
}
