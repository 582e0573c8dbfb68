package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    @Test
    void removesOnlyHiddenTemporaryFiles() throws Exception {
        Files.writeString(dir.resolve(".summary.xlsx.3f2a.tmp"), "half a workbook");
        Files.writeString(dir.resolve(".acme-engineer-1a2b3c.md.tmp"), "half a letter");
        Files.writeString(dir.resolve("summary.xlsx"), "the person's workbook");
        Files.writeString(dir.resolve("notes.tmp"), "a visible file the person made");

        assertThat(LeftoverTempFiles.removeFrom(dir)).isEqualTo(2);

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("summary.xlsx", "notes.tmp");
        }
    }

    @Test
    void aMissingFolderHasNothingToRemove() throws Exception {
        assertThat(LeftoverTempFiles.removeFrom(dir.resolve("absent"))).isZero();
    }
}
