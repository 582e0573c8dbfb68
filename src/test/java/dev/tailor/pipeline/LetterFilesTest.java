package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letter files appear whole, in folders made as needed. */
class LetterFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesIntoAFolderThatDoesNotExistYet() throws Exception {
        Path letter = tmp.resolve("out/letters/acme-backend-engineer-3f9a1c.md");

        LetterFiles.write(letter, "Dear Acme,");

        assertThat(letter).hasContent("Dear Acme,");
        assertThat(namesIn(letter.getParent())).containsExactly("acme-backend-engineer-3f9a1c.md");
    }

    @Test
    void replacesAnEarlierLetterAndLeavesNoTemporaryFile() throws Exception {
        Path letter = tmp.resolve("letters/acme.md");
        LetterFiles.write(letter, "first draft");

        LetterFiles.write(letter, "Dear Acme,");

        assertThat(letter).hasContent("Dear Acme,");
        assertThat(namesIn(letter.getParent())).containsExactly("acme.md");
    }

    @Test
    void twoStagingsOfOneLetterWriteTwoFiles() throws Exception {
        Path letter = tmp.resolve("letters/acme.md");

        Path first = LetterFiles.stage(letter, "Dear Acme,".getBytes(StandardCharsets.UTF_8));
        Path second = LetterFiles.stage(letter, "Dear Acme Inc.,".getBytes(StandardCharsets.UTF_8));

        assertThat(first).isNotEqualTo(second).hasContent("Dear Acme,");
        assertThat(second).hasContent("Dear Acme Inc.,");
        assertThat(letter).doesNotExist();
    }

    @Test
    void placingAStagedFileThatIsGoneLeavesTheLetterAsItWas() throws Exception {
        Path letter = tmp.resolve("letters/acme.md");
        LetterFiles.write(letter, "Dear Acme,");
        Path staged = LetterFiles.stage(letter, "a newer draft".getBytes(StandardCharsets.UTF_8));
        Files.delete(staged);

        boolean placed = LetterFiles.place(staged, letter);

        assertThat(placed).isFalse();
        assertThat(letter).hasContent("Dear Acme,");
    }

    private static Stream<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList().stream();
        }
    }
}
