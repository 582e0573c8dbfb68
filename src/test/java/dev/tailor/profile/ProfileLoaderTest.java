package dev.tailor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tailor.analysis.Seniority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final String VALID = """
            name: Ada Example
            email: ada@example.com
            seniority: mid
            years: 5
            skills: [Java, PostgreSQL]
            achievements:
              - id: order-latency
                employer: Example Systems
                role: Backend Engineer
                year: 2024
                action: rebuilt the order service as an event-driven system
                result: cut average API latency from 340 ms to 128 ms
                skills: [Kafka, PostgreSQL]
                themes: [performance, migration]
            collaboration:
              - mentored two junior engineers
            next-step: a 30-minute technical conversation
            """;

    @TempDir
    Path dir;

    private final ProfileLoader loader = new ProfileLoader(CLOCK);

    @Test
    void readsEveryField() throws Exception {
        CandidateProfile profile = loader.load(write(VALID));

        assertThat(profile.name()).isEqualTo("Ada Example");
        assertThat(profile.seniority()).isEqualTo(Seniority.MID);
        assertThat(profile.years()).isEqualTo(5);
        assertThat(profile.skills()).containsExactly("Java", "PostgreSQL");
        assertThat(profile.phone()).isNull();
        assertThat(profile.nextStep()).isEqualTo("a 30-minute technical conversation");
        Achievement achievement = profile.achievements().get(0);
        assertThat(achievement.id()).isEqualTo("order-latency");
        assertThat(achievement.year()).isEqualTo(2024);
        assertThat(achievement.result()).isEqualTo("cut average API latency from 340 ms to 128 ms");
        assertThat(achievement.themes()).containsExactly("performance", "migration");
    }

    @Test
    void unknownKeyNamesFileAndLine() throws IOException {
        Path file = write(VALID.replace("years: 5", "years: 5\nhobbies: chess"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file + ":5:")
                .hasMessageContaining("unknown key 'hobbies'");
    }

    @Test
    void achievementWithoutResultIsRejectedWithItsLine() throws IOException {
        Path file = write(VALID.replace("    result: cut average API latency from 340 ms to 128 ms\n", ""));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file + ":7:")
                .hasMessageContaining("achievement 'order-latency' has no 'result'");
    }

    @Test
    void duplicateIdNamesBothLines() throws IOException {
        String second = VALID.substring(VALID.indexOf("  - id: order-latency"), VALID.indexOf("collaboration:"));
        Path file = write(VALID.replace("collaboration:", second + "collaboration:"));

        assertThatThrownBy(() -> loader.load(file))
                .hasMessageContaining(file + ":15:")
                .hasMessageContaining("duplicate achievement id 'order-latency' (first used on line 7)");
    }

    @Test
    void missingRequiredKeyIsNamed() throws IOException {
        Path file = write(VALID.replace("email: ada@example.com\n", ""));

        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("the profile has no 'email'");
    }

    @Test
    void unknownSeniorityAndThemeAreRejected() throws IOException {
        assertThatThrownBy(() -> loader.load(write(VALID.replace("seniority: mid", "seniority: wizard"))))
                .hasMessageContaining("seniority must be entry, mid, senior or lead");
        assertThatThrownBy(() -> loader.load(write(VALID.replace("[performance, migration]", "[speed]"))))
                .hasMessageContaining("unknown theme 'speed'");
    }

    @Test
    void malformedYamlGivesTheLine() throws IOException {
        Path file = write("name: Ada\nemail: [unclosed\nyears: 3\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void customTagsAreRefused() throws IOException {
        Path file = write(VALID.replace("name: Ada Example", "name: !!javax.script.ScriptEngineManager [x]"));

        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("unsupported YAML tag");
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        Path file = write(yaml + VALID);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ProfileException.class);
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining(file + ": file not found");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("profile.yaml");
        Files.writeString(file, text);
        return file;
    }
}
