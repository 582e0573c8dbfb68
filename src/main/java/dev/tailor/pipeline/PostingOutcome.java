package dev.tailor.pipeline;

import dev.tailor.posting.DuplicateKey;
import dev.tailor.report.PostingRecord;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the postings step does with one file: write a new letter, or note that the old one still stands.
 *
 * @param file        the posting file
 * @param processed   true when a letter was rendered; false when the posting was unchanged
 * @param contentHash hash of the file's bytes
 * @param fingerprint hash of content and inputs
 * @param record      the postings.jsonl record (null when unchanged: the stored one stands)
 * @param letter      the rendered letter files (null when unchanged)
 * @param duplicateOf the id of the posting read earlier that this one duplicates (its record is then the
 *                    SKIPPED record of this file), else null
 * @param reading     what this run's parse found that the next run needs without parsing again: kept in H2;
 *                    null when the posting was not parsed (unchanged) or is a duplicate
 * @param fileStamp   the {@link FileStamp} of the file as read, to be kept so that the next run need not read it
 *                    again while it stays unchanged; null when it is not to be trusted
 */
record PostingOutcome(PostingFile file, boolean processed, String contentHash, String fingerprint,
        PostingRecord record, RenderedLetter letter, String duplicateOf, @Nullable Reading reading,
        @Nullable String fileStamp) {

    /** A letter rendered from a posting just parsed. */
    static PostingOutcome processed(PostingFile file, String contentHash, String fingerprint, PostingRecord record,
            RenderedLetter letter, Reading reading, @Nullable String fileStamp) {
        return new PostingOutcome(file, true, contentHash, fingerprint, record, letter, null, reading, fileStamp);
    }

    /**
     * An unchanged posting; {@code state} is "unchanged", or "closed" when the posting says it expired, and
     * {@code reading} is null when it was not parsed again.
     */
    static PostingOutcome unchanged(PostingFile file, String contentHash, String fingerprint, String id, String state,
            @Nullable Reading reading, @Nullable String fileStamp) {
        return new PostingOutcome(file, false, contentHash, fingerprint,
                new PostingRecord(id, file.source(), "DONE", null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, state, null, null),
                null, null, reading, fileStamp);
    }

    /** A posting that duplicates one read earlier: no letter; {@code record} is its SKIPPED record. */
    static PostingOutcome duplicate(PostingFile file, String contentHash, PostingRecord record, String originalId) {
        return new PostingOutcome(file, false, contentHash, null, record, null, originalId, null, null);
    }

    /** This outcome with {@code staged} for its letter: the same letter, its files written ahead. */
    PostingOutcome withLetter(RenderedLetter staged) {
        return new PostingOutcome(file, processed, contentHash, fingerprint, record, staged, duplicateOf, reading,
                fileStamp);
    }

    /**
     * What a parse found that is kept for the next run.
     *
     * @param key     what the duplicate check needs
     * @param expired whether the posting said it expired
     */
    record Reading(DuplicateKey key, boolean expired) {
    }

    /**
     * A letter ready to be written.
     *
     * @param stem     letters/&lt;slug&gt;, relative to the output folder, without extension
     * @param markdown the Markdown letter
     * @param html     the HTML letter, or null when not asked for
     * @param docx     the Word letter, or null when not asked for
     * @param staged   the files {@link LetterStaging} wrote ahead for it, by format: moved into place when the
     *                 letter is written
     */
    record RenderedLetter(String stem, String markdown, String html, byte[] docx, Map<String, Path> staged) {
        RenderedLetter {
            staged = Map.copyOf(staged);
        }

        /** A letter nothing was staged for. */
        RenderedLetter(String stem, String markdown, String html, byte[] docx) {
            this(stem, markdown, html, docx, Map.of());
        }

        RenderedLetter withStaged(Map<String, Path> files) {
            return new RenderedLetter(stem, markdown, html, docx, files);
        }
    }
}
