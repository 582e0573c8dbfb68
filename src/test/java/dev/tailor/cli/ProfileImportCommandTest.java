package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.pipeline.PipelineLauncher;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TailorCli cli = new TailorCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC), new PipelineLauncher());

    @TempDir
    Path dir;

    @Test
    void printsADraftProfileToStdout() throws Exception {
        Path resume = dir.resolve("resume.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(resume)) {
            doc.createParagraph().createRun().setText("Ada Example");
            doc.createParagraph().createRun().setText("ada@example.com");
            doc.createParagraph().createRun().setText("Backend Engineer | Example Systems | 2020 - 2024");
            doc.createParagraph().createRun().setText("• Rebuilt the order service on Kafka, cutting latency from 340 ms to 128 ms.");
            doc.write(os);
        }

        int code = cli.execute("profile", "import", resume.toString());

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: \"Ada Example\"",
                "employer: \"Example Systems\"", "result: \"cut latency from 340 ms to 128 ms\"", "\"Kafka\"");
    }

    @Test
    void aCorruptResumeIsAUsageError() throws Exception {
        Path resume = dir.resolve("resume.docx");
        Files.write(resume, new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        assertThat(cli.execute("profile", "import", resume.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot import the résumé");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutAFileItShowsTheUsage() {
        assertThat(cli.execute("profile", "import")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tailor profile import RESUME.docx");
    }
}
