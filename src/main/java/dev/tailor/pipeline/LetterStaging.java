package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A posting's letter files, written ahead as hidden temporary files by the worker that prepared the posting
 * ({@link #stage}), then moved into place by the step's thread, in reading order and before the posting's row
 * commits ({@link #place}); or deleted when the posting turns out to duplicate an earlier one ({@link #discard}).
 *
 * <p>Why: the step's thread does its work alone, so past a few cores it sets the postings step's pace. In a full
 * run of 10,000 postings it spent 7.9 s of CPU, of which creating and writing the three files of each letter
 * was about 2.8 s (mostly the kernel's file creation), against 24-27 s for the workers together. Moving a
 * file into place is a rename: that is what stays on the step's thread.
 *
 * <p>Nothing a reader sees changes: a letter still appears whole, at the moment it is moved into place, before
 * its posting's row commits. A staged file never placed (its chunk failed, or the prepared posting was dropped) is
 * removed with the other leftovers ({@link LeftoverTempFiles}) when the report step starts, or when the postings
 * step fails ({@link PostingProcessor#afterStep}).
 */
final class LetterStaging {
    private final RunSettings settings;

    LetterStaging(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the letter's files beside their targets, which it does not touch; returns the letter with what it
     * staged. A file that cannot be staged (a full disk, a folder not writable) is left to {@link #place}, which
     * then writes it as it would have without staging, and fails the way it would have.
     */
    PostingOutcome.RenderedLetter stage(PostingOutcome.RenderedLetter letter) {
        Map<String, Path> staged = new LinkedHashMap<>();
        for (String format : RunSettings.ALL_FORMATS) {
            byte[] content = contentOf(letter, format);
            if (content == null) {
                continue;
            }
            try {
                staged.put(format, LetterFiles.stage(target(letter, format), content));
            } catch (IOException e) {
                break; // the rest would fail alike; place() writes them and reports the failure
            }
        }
        return letter.withStaged(staged);
    }

    /**
     * Puts the letter's files in place: each staged one moved, any other written. A format the letter does not
     * have is deleted: an old copy would no longer match the Markdown letter.
     */
    void place(PostingOutcome.RenderedLetter letter) throws IOException {
        for (String format : RunSettings.ALL_FORMATS) {
            Path target = target(letter, format);
            Path staged = letter.staged().get(format);
            if (staged != null && LetterFiles.place(staged, target)) {
                continue;
            }
            byte[] content = contentOf(letter, format);
            if (content == null) {
                Files.deleteIfExists(target);
            } else {
                LetterFiles.write(target, content);
            }
        }
    }

    /** Deletes the files {@link #stage} wrote for a letter that will not be written. Never throws. */
    void discard(PostingOutcome.RenderedLetter letter) {
        for (Path staged : letter.staged().values()) {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                // LeftoverTempFiles removes it when the report step starts
            }
        }
    }

    private Path target(PostingOutcome.RenderedLetter letter, String format) {
        return PostingProcessor.letterFile(settings, letter.stem(), format);
    }

    private static byte @Nullable [] contentOf(PostingOutcome.RenderedLetter letter, String format) {
        return switch (format) {
            case "md" -> letter.markdown().getBytes(StandardCharsets.UTF_8);
            case "html" -> letter.html() == null ? null : letter.html().getBytes(StandardCharsets.UTF_8);
            case "docx" -> letter.docx();
            default -> throw new IllegalArgumentException("unknown letter format " + format);
        };
    }
}
