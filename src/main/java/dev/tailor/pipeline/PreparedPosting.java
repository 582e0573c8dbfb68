package dev.tailor.pipeline;

import dev.tailor.posting.DuplicateKey;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What can be worked out about one posting file without knowing the postings read before it: everything but
 * whether it duplicates one of them. Made on any thread by {@link PostingPreparer}; the duplicate decision is
 * taken afterwards, in reading order, by {@link PostingProcessor}.
 *
 * @param file        the posting file
 * @param id          the posting's id
 * @param contentHash hash of the file's bytes, or null when they could not be read
 * @param stored      the posting as H2 holds it from earlier runs
 * @param firstSeen   the day the posting was first seen
 * @param key         what the duplicate check needs of the posting, from this reading or (when the file is
 *                    unchanged) from the last one; null when the file could not be read or parsed
 * @param outcome     the letter rendered, or the note that the old one stands; null when {@code error} is set
 * @param error       why the posting is rejected: before the duplicate check when {@code key} is null,
 *                    after it otherwise (a later stage broke); null when {@code outcome} is set
 */
record PreparedPosting(PostingFile file, String id, String contentHash, Optional<StoredPosting> stored,
        LocalDate firstSeen, DuplicateKey key, PostingOutcome outcome, Exception error) {
}
