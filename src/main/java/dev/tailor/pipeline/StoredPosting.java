package dev.tailor.pipeline;

import java.time.LocalDate;

/**
 * What the database remembers of a posting from earlier runs: enough to tell whether it changed.
 *
 * @param id          stable posting id
 * @param status      DONE, SKIPPED or FAILED
 * @param contentHash hash of the file's bytes when last read
 * @param fingerprint hash of the content and every input that shaped its letter
 * @param letterStem  letters/&lt;slug&gt; without extension, or null
 * @param firstSeen   the day it was first read
 */
record StoredPosting(String id, String status, String contentHash, String fingerprint, String letterStem,
        LocalDate firstSeen) {
}
