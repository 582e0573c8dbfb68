package dev.tailor.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the posting files under the configured folders, in a stable order so that a restarted run
 * resumes at the same place.
 *
 * <p>Every regular file counts, whatever its extension, so that an unreadable one is reported as skipped
 * rather than silently ignored. Hidden files and folders (names starting with '.') are not postings a person
 * saved (.DS_Store, editor swap files, .git) and are left out.
 */
final class PostingFiles {
    /** Postings folders are flat or lightly nested; a deeper tree is most likely a mistake (e.g. "/"). */
    static final int MAX_DEPTH = 8;

    private PostingFiles() {
    }

    static List<PostingFile> list(List<Path> roots) {
        Map<String, PostingFile> bySource = new LinkedHashMap<>();
        for (Path root : roots) {
            Path normalized = root.normalize();
            if (Files.isRegularFile(normalized)) {
                add(bySource, normalized);
                continue;
            }
            try (Stream<Path> walk = Files.walk(normalized, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile)
                        .filter(path -> !isHidden(normalized.relativize(path)))
                        .forEach(path -> add(bySource, path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list postings in " + root + ": " + e.getMessage(), e);
            }
        }
        List<PostingFile> files = new ArrayList<>(bySource.values());
        files.sort(Comparator.comparing(PostingFile::source));
        return files;
    }

    private static void add(Map<String, PostingFile> bySource, Path path) {
        String source = path.normalize().toString().replace('\\', '/');
        bySource.putIfAbsent(source, new PostingFile(path, source));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
