package dev.tailor.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Whether a run will probably prepare a posting, so that {@link StartupRehearsal} is worth its cost. On an
 * unchanged re-run no letter is written, and the rehearsal only takes the spare core from the JIT compilers: at
 * 10,000 postings on 2 cores, with it on and off, 4.7 s against 4.4 s (4 alternated pairs); this build against the
 * one before it, 9.3 s of CPU against 9.8 s and 6.2 s against 6.3 s (6 alternated pairs, a slower hour). Only a
 * guess from file times, never trusted for more than that: a wrong one costs the first posting about a second, or
 * a re-run a few tenths of one.
 *
 * <p>Yes when there is no database yet, when the run is forced, or when the job file, the profile, a template, a
 * postings folder or a posting was modified after the database file, which a run writes last when it closes. A
 * posting copied in with its old modification time still changes its folder's time. The person's own skill and
 * signal additions beside the profile are not looked at (the profile's folder also holds the run's lock file,
 * touched by every run): an edit there that rewrites every letter only loses the head start.
 */
final class RehearsalWorth {
    private RehearsalWorth() {
    }

    static boolean anyPostingLikelyPrepared(RunSettings settings) {
        if (settings.force()) {
            return true;
        }
        FileTime written;
        try {
            written = Files.getLastModifiedTime(Path.of(settings.db() + ".mv.db"));
        } catch (IOException e) {
            return true;
        }
        try {
            if (settings.jobFile() != null && newer(settings.jobFile(), written, 0)
                    || newer(settings.profile(), written, 0)
                    || newer(settings.templates(), written, PostingFiles.MAX_DEPTH)) {
                return true;
            }
            for (Path postings : settings.postings()) {
                if (newer(postings, written, PostingFiles.MAX_DEPTH)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    /** Whether {@code path}, or anything under it down to {@code depth}, was modified after {@code time}. */
    private static boolean newer(Path path, FileTime time, int depth) throws IOException {
        try (Stream<Path> walk = Files.walk(path, depth)) {
            return walk.anyMatch(each -> {
                try {
                    return Files.getLastModifiedTime(each).compareTo(time) > 0;
                } catch (NoSuchFileException gone) {
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
