package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes letter files so that a reader never sees half a letter: each file is written beside its target
 * and moved into place in one step. A run killed mid-write leaves at most a stray temporary file.
 */
final class LetterFiles {
    private LetterFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.write(temp, content);
        } catch (NoSuchFileException e) {
            // The folder is made when it is missing, not checked before every file: a run writes three files a
            // posting into one folder, and the check (a failed mkdir and its exception) was a fifth of each write.
            Files.createDirectories(target.getParent());
            Files.write(temp, content);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
