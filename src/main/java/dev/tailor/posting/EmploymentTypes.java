package dev.tailor.posting;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Turns schema.org employment types ("FULL_TIME") into the words people write ("Full-time"). */
final class EmploymentTypes {
    private static final Map<String, String> SCHEMA_ORG = Map.of(
            "FULL_TIME", "Full-time",
            "PART_TIME", "Part-time",
            "CONTRACTOR", "Contract",
            "TEMPORARY", "Temporary",
            "INTERN", "Internship",
            "VOLUNTEER", "Volunteer",
            "PER_DIEM", "Per diem",
            "OTHER", "Other");

    private EmploymentTypes() {
    }

    /** The readable form of a schema.org value; any other text is returned cleaned but as written. */
    static @Nullable String readable(@Nullable String type) {
        String clean = TextNormalizer.blankToNull(type);
        if (clean == null) {
            return null;
        }
        String schemaName = clean.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (clean.equals(clean.toUpperCase(Locale.ROOT)) && SCHEMA_ORG.containsKey(schemaName)) {
            return SCHEMA_ORG.get(schemaName);
        }
        return clean;
    }
}
