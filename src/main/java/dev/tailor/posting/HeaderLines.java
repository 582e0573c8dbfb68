package dev.tailor.posting;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The "Key: value" header lines that text and Markdown postings start with ("Company: Acme",
 * "Remote: hybrid"), and the front-matter keys that say the same.
 */
final class HeaderLines {
    /** A header field a posting file may give. */
    enum Field {
        TITLE,
        COMPANY,
        LOCATION,
        REMOTE,
        EMPLOYMENT_TYPE,
        DATE_POSTED
    }

    /** Keys as people write them, lower-case with single spaces ("employment-type" and "employment_type" too). */
    private static final Map<String, Field> KEYS = Map.ofEntries(
            Map.entry("title", Field.TITLE),
            Map.entry("job title", Field.TITLE),
            Map.entry("company", Field.COMPANY),
            Map.entry("employer", Field.COMPANY),
            Map.entry("location", Field.LOCATION),
            Map.entry("remote", Field.REMOTE),
            Map.entry("employment type", Field.EMPLOYMENT_TYPE),
            Map.entry("employment", Field.EMPLOYMENT_TYPE),
            Map.entry("job type", Field.EMPLOYMENT_TYPE),
            Map.entry("posted", Field.DATE_POSTED),
            Map.entry("date posted", Field.DATE_POSTED),
            Map.entry("date", Field.DATE_POSTED));
    private static final Pattern LINE = Pattern.compile("^([\\p{L} _-]{3,20}?)\\s*:\\s*(.+)$");

    /** A header line read into its field and value. */
    record Header(Field field, String value) {
    }

    private HeaderLines() {
    }

    /** The field a key names ("Employment type", "employment-type"), or null. */
    static @Nullable Field field(String key) {
        String normalized = TextNormalizer.inline(key.replace('-', ' ').replace('_', ' ')).toLowerCase(Locale.ROOT);
        return KEYS.get(normalized);
    }

    /** The header a line gives, or null when it is not a "Key: value" line with a known key. */
    static @Nullable Header parse(String line) {
        Matcher matcher = LINE.matcher(TextNormalizer.inline(line));
        if (!matcher.matches()) {
            return null;
        }
        Field field = field(matcher.group(1));
        String value = TextNormalizer.blankToNull(matcher.group(2));
        return field == null || value == null ? null : new Header(field, value);
    }

    /** The fields with one header value applied. */
    static PostingFields apply(PostingFields fields, Field field, String value) {
        return switch (field) {
            case TITLE -> new PostingFields(value, fields.company(), fields.location(), fields.remote(),
                    fields.employmentType(), fields.datePosted(), fields.description());
            case COMPANY -> new PostingFields(fields.title(), value, fields.location(), fields.remote(),
                    fields.employmentType(), fields.datePosted(), fields.description());
            case LOCATION -> new PostingFields(fields.title(), fields.company(), value, fields.remote(),
                    fields.employmentType(), fields.datePosted(), fields.description());
            case REMOTE -> fields.withRemote(RemoteWords.value(value));
            case EMPLOYMENT_TYPE -> new PostingFields(fields.title(), fields.company(), fields.location(),
                    fields.remote(), EmploymentTypes.readable(value), fields.datePosted(), fields.description());
            case DATE_POSTED -> new PostingFields(fields.title(), fields.company(), fields.location(),
                    fields.remote(), fields.employmentType(), PostingDates.parse(value), fields.description());
        };
    }
}
