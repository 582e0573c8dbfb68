package dev.tailor.letter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins an achievement's result to the sentence that tells its action.
 *
 * <p>Profiles write results two ways: as a verb phrase ("cut p99 latency from 900 ms to 180 ms") or as a
 * clause with its own subject ("all four shipped a production service"). "which" only fits the first;
 * the second needs "and", or the sentence stops being grammatical.
 */
final class ResultPhrase {
    /** Past-tense verbs that results often start with and that do not end in "-ed". */
    private static final Set<String> IRREGULAR = Set.of("cut", "shrank", "shrunk", "grew", "kept", "made", "brought",
            "took", "won", "saw", "led", "built", "drove", "held", "met", "ran", "sped", "set", "put", "beat", "halved",
            "doubled", "tripled", "freed", "gave", "got", "hit", "let", "rose", "fell", "saved", "went", "became",
            "stopped", "split", "shipped", "wrote", "spent", "sold", "found", "taught");
    /** Words ending in "-ed" that are not verbs a result starts with. */
    private static final Set<String> NOT_VERBS = Set.of("red", "bed", "need", "seed", "speed", "feed", "hundred");
    private static final Pattern WORD = Pattern.compile("^[\\p{L}'-]+");

    private ResultPhrase() {
    }

    /** "which cut ..." for a verb phrase, "and all four shipped ..." for a clause, "" for nothing. */
    static String outcome(String result) {
        if (result == null || result.isBlank()) {
            return "";
        }
        return (startsWithVerb(result) ? "which " : "and ") + result;
    }

    static boolean startsWithVerb(String result) {
        var matcher = WORD.matcher(result.strip());
        if (!matcher.find()) {
            return false;
        }
        String first = matcher.group().toLowerCase(Locale.ROOT);
        return IRREGULAR.contains(first) || (first.endsWith("ed") && first.length() > 3 && !NOT_VERBS.contains(first));
    }
}
