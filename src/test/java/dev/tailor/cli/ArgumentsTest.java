package dev.tailor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final Set<String> VALUED = Set.of("postings", "out");
    private static final Set<String> SWITCHES = Set.of("force");

    @Test
    void readsCommandPositionalsRepeatedOptionsAndSwitches() throws UsageException {
        Arguments args = Arguments.parse(new String[] {"run", "jobs/a.yaml", "--postings", "x", "--postings=y",
            "--out", "o", "--force"}, VALUED, SWITCHES);

        assertThat(args.command()).isEqualTo("run");
        assertThat(args.positionals()).containsExactly("jobs/a.yaml");
        assertThat(args.all("postings")).containsExactly("x", "y");
        assertThat(args.option("out")).isEqualTo("o");
        assertThat(args.has("force")).isTrue();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {"run", "--frobnicate"}, VALUED, SWITCHES))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option --frobnicate");
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        assertThatThrownBy(() -> Arguments.parse(new String[] {"run", "--out"}, VALUED, SWITCHES))
                .hasMessage("option --out needs a value");
        assertThatThrownBy(() -> Arguments.parse(new String[] {"run", "--force=yes"}, VALUED, SWITCHES))
                .hasMessage("option --force takes no value");
    }
}
