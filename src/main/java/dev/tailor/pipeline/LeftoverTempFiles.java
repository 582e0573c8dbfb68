package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Removes the hidden temporary files a killed run may leave in the output folders. tailor writes every output
 * to ".NAME….tmp" beside it and moves it into place, so such a file is never a finished output; and since the
 * run holds the database lock, no other run is writing one now.
 */
final class LeftoverTempFiles {
    private LeftoverTempFiles() {
    }

    /** Deletes ".*.tmp" files directly in the folder; returns how many. A missing folder has none. */
    static int removeFrom(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        }
        return removed;
    }
}
