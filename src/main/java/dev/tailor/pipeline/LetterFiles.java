package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes letter files so that a reader never sees half a letter: each file is written beside its target
 * and moved into place in one step. A run killed mid-write leaves at most a stray temporary file.
 *
 * <p>The two steps can also be taken apart ({@link #stage}, then {@link #place}): a worker writes the temporary
 * file while it prepares the posting, and the step's thread only moves it into place, in reading order.
 */
final class LetterFiles {
    private LetterFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        writeMakingFolder(temp, content);
        moveIntoPlace(temp, target);
    }

    static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to a new hidden temporary file beside {@code target} and returns it; {@code target} is
     * not touched. The name is ".NAME.RANDOM.tmp": unique, so that workers staging at once never share one, and
     * found by {@link LeftoverTempFiles} when it is never placed.
     */
    static Path stage(Path target, byte[] content) throws IOException {
        while (true) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                writeMakingFolder(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /**
     * Moves the file {@link #stage} wrote into place. False when it is gone, and {@code target} untouched: moved by
     * an earlier attempt at the same chunk, which was then rolled back and is being written again.
     */
    static boolean place(Path staged, Path target) throws IOException {
        try {
            moveIntoPlace(staged, target);
            return true;
        } catch (NoSuchFileException e) {
            // The staged file sits beside the target: whether it or its folder went, it is gone.
            return false;
        }
    }

    private static void writeMakingFolder(Path file, byte[] content, OpenOption... options) throws IOException {
        try {
            Files.write(file, content, options);
        } catch (NoSuchFileException e) {
            // The folder is made when it is missing, not checked before every file: a run writes three files a
            // posting into one folder, and the check (a failed mkdir and its exception) was a fifth of each write.
            Files.createDirectories(file.getParent());
            Files.write(file, content, options);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
