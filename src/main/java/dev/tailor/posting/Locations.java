package dev.tailor.posting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Builds location strings such as "Berlin, Berlin, Germany" into "Berlin, Germany": parts joined, each once. */
final class Locations {
    private Locations() {
    }

    /** The parts (each may itself be "City, Region") joined by ", ", without repeating a part; null if none. */
    static @Nullable String join(@Nullable String... parts) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            for (String piece : part.split(",")) {
                String clean = TextNormalizer.inline(piece);
                if (clean.isEmpty() || clean.equals("-")) {
                    continue;
                }
                if (seen.add(clean.toLowerCase(Locale.ROOT))) {
                    kept.add(clean);
                }
            }
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    /** Several locations joined by "; ", each once; null if none. */
    static @Nullable String joinAlternatives(List<String> locations) {
        Set<String> seen = new LinkedHashSet<>();
        for (String location : locations) {
            String clean = TextNormalizer.blankToNull(location);
            if (clean != null) {
                seen.add(clean);
            }
        }
        return seen.isEmpty() ? null : String.join("; ", seen);
    }
}
