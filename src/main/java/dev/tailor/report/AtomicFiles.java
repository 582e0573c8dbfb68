package dev.tailor.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces output files so that a reader never sees half a file: write beside the target, then rename over it.
 * The temporary file lives in the target's folder because a rename is only atomic within one file system.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Creates an empty, hidden temporary file next to {@code target}.
     * Not {@link Files#createTempFile}: that makes the file owner-only on POSIX, and the final file would keep
     * those permissions instead of the usual ones.
     */
    static Path createTempBeside(Path target) throws IOException {
        Path dir = folderOf(target);
        Files.createDirectories(dir);
        while (true) {
            String name = "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp";
            try {
                return Files.createFile(dir.resolve(name));
            } catch (FileAlreadyExistsException taken) {
                // another writer picked the same random name; try the next one
            }
        }
    }

    /** Renames {@code source} over {@code target}, atomically where the file system can. */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Copies {@code source} to {@code target} through a temporary file, so {@code target} is never half-written. */
    static void copyIntoPlace(Path source, Path target) throws IOException {
        Path temp = createTempBeside(target);
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The folder a file is (or will be) in, also for a bare file name. */
    static Path folderOf(Path file) {
        return file.toAbsolutePath().getParent();
    }
}
