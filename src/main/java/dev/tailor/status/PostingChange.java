package dev.tailor.status;

import java.time.LocalDate;

/**
 * A posting that a run found new, changed or closed.
 *
 * @param state     new, changed or closed
 * @param company   the company, or null when the posting could not be read
 * @param title     the job title, or null when the posting could not be read
 * @param source    the file (or URL) it was read from
 * @param firstSeen the day it was first read
 * @param lastSeen  the day it was last read
 */
public record PostingChange(String state, String company, String title, String source, LocalDate firstSeen,
        LocalDate lastSeen) {
}
