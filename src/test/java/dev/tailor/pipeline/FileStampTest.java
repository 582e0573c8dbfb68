package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** When a posting file's stamp may stand for its bytes. */
class FileStampTest {
    @TempDir
    Path tmp;

    private static Instant settled() {
        return Instant.now().plus(FileStamp.SETTLED.multipliedBy(5));
    }

    @Test
    void aSettledFileKeepsItsStampWhileUntouched() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.html"), "<p>hello</p>");

        assertThat(FileStamp.of(file, settled())).isEqualTo(FileStamp.of(file, settled())).isPresent();
    }

    @Test
    void aFileThatJustChangedHasNoStampToTrust() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.html"), "<p>hello</p>");

        assertThat(FileStamp.of(file, Instant.now())).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "only a Unix file system keeps a status-change time")
    void rewritingAFileChangesItsStampEvenAtTheSameSizeAndModificationTime() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.html"), "<p>hello</p>");
        FileStamp before = FileStamp.of(file, settled()).orElseThrow();
        var modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);

        Files.writeString(file, "<p>howdy</p>");
        Files.setLastModifiedTime(file, modified);

        assertThat(FileStamp.of(file, settled())).isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void aMissingFileHasNoStamp() {
        assertThat(FileStamp.of(tmp.resolve("gone.html"), settled())).isEmpty();
    }
}
