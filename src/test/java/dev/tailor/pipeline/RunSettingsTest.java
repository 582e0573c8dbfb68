package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSettingsTest {
    @Test
    void theDatabaseUrlIsAPlainEmbeddedFileWithNoCodeRunningOptions() {
        RunSettings settings = new RunSettings(null, List.of(Path.of("p")), Path.of("profile.yaml"),
                Path.of("templates"), Path.of("out"), Path.of("data", "tailor"), Set.of("md"), false, 10);

        String url = settings.jdbcUrl();

        assertThat(url).startsWith("jdbc:h2:file:").endsWith(";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096;WRITE_DELAY=0;MAX_COMPACT_TIME=50");
        assertThat(url.toUpperCase()).doesNotContain("AUTO_SERVER", "INIT=", "RUNSCRIPT", "TCP", "MODE=", "IFEXISTS");
        assertThat(url).contains(Path.of("data", "tailor").toAbsolutePath().toString());
    }
}
