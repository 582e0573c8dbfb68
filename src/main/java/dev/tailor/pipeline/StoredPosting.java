package dev.tailor.pipeline;

import dev.tailor.posting.DuplicateKey;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the database remembers of a posting from earlier runs: enough to tell whether it changed.
 *
 * @param id          stable posting id
 * @param status      DONE, SKIPPED or FAILED
 * @param contentHash hash of the file's bytes when last read
 * @param fingerprint hash of the content and every input that shaped its letter
 * @param letterStem  letters/&lt;slug&gt; without extension, or null
 * @param firstSeen   the day it was first read
 * @param duplicateKey what the duplicate check needs of it, from its last reading; null when not kept (a row
 *                     written before the key was kept, or a posting that was not read)
 * @param expired     whether its last reading said it expired
 * @param lastRun     the run that last read it
 * @param fileStamp   the {@link FileStamp} of the file when its bytes were last read, kept only when its content
 *                    says nothing about dates; null when not kept
 */
record StoredPosting(String id, String status, String contentHash, String fingerprint, String letterStem,
        LocalDate firstSeen, @Nullable DuplicateKey duplicateKey, boolean expired, long lastRun,
        @Nullable String fileStamp) {
}
