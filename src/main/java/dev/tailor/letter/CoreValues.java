package dev.tailor.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a letter's Word document says about itself in its core properties (File, Properties in Word).
 *
 * @param author      creator and last editor: the candidate
 * @param title       the document's title
 * @param description a short description, e.g. the word count
 * @param date        the day of creation and of the last change; the document says midnight UTC of that day
 */
record CoreValues(String author, String title, String description, LocalDate date) {
    CoreValues {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
    }
}
