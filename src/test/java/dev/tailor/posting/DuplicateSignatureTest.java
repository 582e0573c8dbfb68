package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The signature must not change: users' databases keep signatures and compare them with new ones. Each test
 * holds {@link DuplicateIndex#signature} to {@link ReferenceSignature}, the first version, on texts that reach
 * every way of splitting words: postings, every code point, and random mixes of scripts and surrogates.
 */
class DuplicateSignatureTest {
    /** Code points a posting's text can hold, each picked for a way it could split or join words. */
    private static final int[] MIXED = {
        'a', 'b', 'e', 'z', 'A', 'Q', 'Z', '0', '7', '9', ' ', ' ', ' ', '\n', '\t', '.', ',', '-', '\'', '_', '/',
        '&', 0xE9, 0xC9, 0xFC, 0xDF, 0x130, 0x131, 0x3A3, 0x3C2, 0x3B1, 0x391, 0x4E2D, 0x6587, 0x3042,
        0x301, 0x308, 0x2160, 0x2164, 0xB2, 0xBD, 0xAA, 0x2B0, 0x1C5, 0xA0, 0x2019, 0x200B, 0x1D400, 0x1D7CE,
        0x10400, 0x1F600, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFB01, 0x1E9E, 0x660, 0x966,
    };

    @Test
    void agreesOnEveryFixtureText() throws IOException {
        List<String> texts = fixtureTexts();

        assertThat(texts).hasSizeGreaterThan(50);
        texts.forEach(DuplicateSignatureTest::assertSameAsReference);
    }

    @Test
    void agreesOnEveryCodePointInsideAndBetweenWords() {
        StringBuilder text = new StringBuilder();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            // Inside a word, alone, and doubled: a code point taken for the wrong kind moves a word boundary.
            text.append('q').appendCodePoint(codePoint).append("z ").appendCodePoint(codePoint).append(" w")
                    .appendCodePoint(codePoint).appendCodePoint(codePoint).append(' ');
            if (codePoint % 64 == 63) {
                assertSameAsReference(text.toString());
                text.setLength(0);
            }
        }
        assertSameAsReference(text.toString());
    }

    @Test
    void agreesOnRandomMixesOfScriptsNumbersAndSurrogates() {
        Random random = new Random(20_240_612L);
        for (int round = 0; round < 40_000; round++) {
            int length = round % 10 == 0 ? random.nextInt(8) : random.nextInt(300);
            assertSameAsReference(randomText(random, length));
        }
    }

    @Test
    void agreesOnEmptyAndShortTexts() {
        Stream.of("", " ", "a", "Go", "two words", "three words here", "İstanbul İzmir Ankara", "Ⅻ ² ½",
                "\uD835\uDC00\uD835\uDFCE x y", "\uD800 a b c \uDC00", "a\u0301b c d").forEach(
                        DuplicateSignatureTest::assertSameAsReference);
    }

    private static String randomText(Random random, int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(MIXED[random.nextInt(MIXED.length)]);
        }
        return text.toString();
    }

    private static void assertSameAsReference(String text) {
        long[] signature = DuplicateIndex.signature(text);
        if (!Arrays.equals(signature, ReferenceSignature.signature(text))) {
            fail("the signature changed for %s", escaped(text));
        }
    }

    /** The text with everything outside printable ASCII as a Java escape, so a failure shows what it was. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.toString();
    }

    /** Every fixture file's raw text, and the text of each that reads as a posting. */
    private static List<String> fixtureTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                try {
                    texts.add(new PostingReader().read(file, file.getFileName().toString()).text());
                } catch (PostingParseException notAPosting) {
                    // Broken and empty fixtures are there to be refused; their raw text is still compared.
                }
            }
        }
        return texts;
    }

    private static Path resources() {
        try {
            return Path.of(DuplicateSignatureTest.class.getResource("/posting").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
