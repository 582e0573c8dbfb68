package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that belong to the page around a posting, never to the posting: what the evaluation counts as a
 * description that is not clean.
 */
final class ChromePhrases {
    private static final Pattern CHROME = Pattern.compile("(?iu)\\b(?:"
            + "cookies?|accept all|privacy policy|terms of (?:use|service)|all rights reserved"
            + "|sign in|sign up|log in|create an account|join now|forgot password"
            + "|similar jobs|related jobs|more jobs|people also viewed|recommended jobs|job alerts?|get notified"
            + "|apply now|apply for this job|easy apply|save job|share this job|report this job|show more|show less"
            + "|jetzt bewerben|ähnliche jobs|anmelden|podobné nabídky|přihlásit se|odpovědět na nabídku"
            + ")\\b");

    private ChromePhrases() {
    }

    /** The chrome phrases found in the text, each once, lower-case. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CHROME.matcher(text);
        while (matcher.find()) {
            String phrase = matcher.group().toLowerCase(Locale.ROOT);
            if (!found.contains(phrase)) {
                found.add(phrase);
            }
        }
        return found;
    }
}
