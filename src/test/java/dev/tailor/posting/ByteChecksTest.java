package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ByteChecksTest {
    private static final String ASCII_RUN = "<p>plain ascii text, long enough to pass words at once</p>";

    @Test
    void acceptsUtf8AfterAndBetweenAsciiRuns() {
        String text = ASCII_RUN + "Müller – Praha, Česká republika 😀" + ASCII_RUN + "é";
        assertThat(ByteChecks.isUtf8(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void refusesWindows1252AtAnyOffset() {
        for (int pad = 0; pad < 9; pad++) {
            String text = "x".repeat(pad) + ASCII_RUN + "Müller" + ASCII_RUN;
            assertThat(ByteChecks.isUtf8(text.getBytes(Charset.forName("windows-1252")))).as("pad %d", pad).isFalse();
        }
    }

    @Test
    void refusesASequenceCutOffAtTheEnd() {
        byte[] whole = (ASCII_RUN + "é").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        assertThat(ByteChecks.isUtf8(cut)).isFalse();
    }

    @Test
    void findsANulByteAtEveryOffsetAndNoneInText() {
        byte[] text = (ASCII_RUN + "é\u0001\u0080" + ASCII_RUN).getBytes(StandardCharsets.UTF_8);
        assertThat(ByteChecks.containsNul(text)).isFalse();
        for (int at = 0; at < text.length; at++) {
            byte[] withNul = text.clone();
            withNul[at] = 0;
            assertThat(ByteChecks.containsNul(withNul)).as("NUL at %d", at).isTrue();
        }
    }

    @Test
    void scanAgreesWithTheSeparateChecks() {
        byte[] utf8 = (ASCII_RUN + "Müller – Praha 😀\u0001" + ASCII_RUN).getBytes(StandardCharsets.UTF_8);
        byte[] windows = (ASCII_RUN + "Müller" + ASCII_RUN).getBytes(Charset.forName("windows-1252"));
        for (byte[] text : new byte[][] {utf8, windows, Arrays.copyOf(utf8, utf8.length - ASCII_RUN.length() - 3)}) {
            for (int at = -1; at < text.length; at++) {
                byte[] bytes = text.clone();
                if (at >= 0) {
                    bytes[at] = 0;
                }
                assertThat(ByteChecks.scan(bytes)).as("NUL at %d", at)
                        .isEqualTo(new ByteChecks.Scan(ByteChecks.containsNul(bytes), ByteChecks.isUtf8(bytes)));
            }
        }
    }
}
