package dev.tailor.posting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Reads the date a posting was published from the forms sites write it in. */
final class PostingDates {
    /** ISO dates and date-times ("2024-03-01", "2024-03-01T09:00:00Z", "2024-03-01 09:00:00 UTC"): the day is enough. */
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)");

    private PostingDates() {
    }

    /** The day, or null when the text is missing or not an ISO date. */
    static @Nullable LocalDate parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ISO_DAY.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
