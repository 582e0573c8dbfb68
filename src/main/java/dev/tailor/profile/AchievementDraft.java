package dev.tailor.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one résumé bullet into an achievement's action and result, and guesses its themes.
 *
 * <p>Bullets usually read "Did X, cutting Y from A to B" or "Did X, which cut Y": the split goes where the
 * outcome starts, and only when the outcome holds a figure, because the profile's result must be
 * measurable. A bullet without one keeps its whole text as the action and gets {@link #NO_RESULT}, so the
 * person sees what to add.
 */
final class AchievementDraft {
    /** The result of a bullet that shows no measurable outcome: the loader accepts it, the person replaces it. */
    static final String NO_RESULT = "TODO: the measurable outcome";
    private static final Pattern SPLIT = Pattern.compile("(?i)(,? which |,? resulting in |, (?:cutting|reducing|raising|"
            + "increasing|saving|improving|lowering|bringing|shrinking|growing|doubling|halving|speeding up|freeing) "
            + "|; | — | – |, so that | to (?:cut|reduce|raise|increase|save|improve|lower) )");
    private static final Map<String, String> PAST = Map.ofEntries(Map.entry("cutting", "cut"),
            Map.entry("reducing", "reduced"), Map.entry("raising", "raised"), Map.entry("increasing", "increased"),
            Map.entry("saving", "saved"), Map.entry("improving", "improved"), Map.entry("lowering", "lowered"),
            Map.entry("bringing", "brought"), Map.entry("shrinking", "shrank"), Map.entry("growing", "grew"),
            Map.entry("doubling", "doubled"), Map.entry("halving", "halved"), Map.entry("speeding up", "sped up"),
            Map.entry("freeing", "freed"), Map.entry("cut", "cut"), Map.entry("reduce", "reduced"),
            Map.entry("raise", "raised"), Map.entry("increase", "increased"), Map.entry("save", "saved"),
            Map.entry("improve", "improved"), Map.entry("lower", "lowered"));
    private static final Pattern FIGURE = Pattern.compile("\\d");
    /** Words that suggest a theme (DESIGN.md themes), checked on the whole bullet. */
    private static final Map<String, Pattern> THEME_WORDS = themeWords();

    private AchievementDraft() {
    }

    /** [action, result] of a bullet; the action starts lower-case, neither ends with a full stop. */
    static String[] split(String bullet) {
        String text = bullet.strip().replaceAll("[.;]+$", "");
        Matcher m = SPLIT.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end()).strip();
            if (m.start() > 0 && FIGURE.matcher(rest).find()) {
                String marker = m.group(1).strip().replaceAll("^,\\s*", "").toLowerCase(Locale.ROOT);
                String result = resultFrom(marker, rest);
                return new String[] {action(text.substring(0, m.start())), result};
            }
        }
        return new String[] {action(text), NO_RESULT};
    }

    private static String resultFrom(String marker, String rest) {
        if (marker.startsWith("to ")) {
            return PAST.getOrDefault(marker.substring(3), marker.substring(3)) + " " + rest;
        }
        if (PAST.containsKey(marker)) {
            return PAST.get(marker) + " " + rest;
        }
        if (marker.equals("resulting in")) {
            return "resulted in " + rest;
        }
        return rest;
    }

    /** "Rebuilt the API" becomes "rebuilt the API"; "AWS migration ..." keeps its capitals. */
    private static String action(String text) {
        String action = text.strip().replaceAll("[,;:]+$", "");
        if (action.length() > 1 && Character.isUpperCase(action.charAt(0)) && Character.isLowerCase(action.charAt(1))) {
            return Character.toLowerCase(action.charAt(0)) + action.substring(1);
        }
        return action;
    }

    static boolean hasResult(String result) {
        return !NO_RESULT.equals(result);
    }

    /** Themes the bullet's words suggest, in DESIGN.md's order. */
    static List<String> themes(String bullet) {
        List<String> themes = new ArrayList<>();
        THEME_WORDS.forEach((theme, pattern) -> {
            if (pattern.matcher(bullet).find()) {
                themes.add(theme);
            }
        });
        return themes;
    }

    private static Map<String, Pattern> themeWords() {
        Map<String, Pattern> words = new LinkedHashMap<>();
        words.put("performance", Pattern.compile("(?i)\\b(latency|faster|throughput|p9\\d|performance|speed|response time)"));
        words.put("scalability", Pattern.compile("(?i)\\b(scal\\w*|traffic|load|requests per second|concurren\\w*|peak)"));
        words.put("reliability", Pattern.compile("(?i)\\b(uptime|incident\\w*|outage\\w*|availability|on-call|mttr|reliab\\w*)"));
        words.put("migration", Pattern.compile("(?i)\\b(migrat\\w*|moved|replac\\w*|rewr(?:ote|itten)|ported|extract\\w*)"));
        words.put("cost", Pattern.compile("(?i)(\\bcost\\w*|\\bspend\\w*|\\$|€|£|\\bsav(?:ed|ing)\\b)"));
        words.put("security", Pattern.compile("(?i)\\b(secur\\w*|pci|gdpr|hipaa|auth\\w*|encrypt\\w*|vulnerab\\w*|token\\w*)"));
        words.put("data", Pattern.compile("(?i)\\b(data|pipeline|etl|index\\w*|search|analytics|warehouse|reporting)\\b"));
        words.put("api", Pattern.compile("(?i)\\b(api|apis|rest|grpc|endpoint\\w*|graphql)\\b"));
        words.put("testing", Pattern.compile("(?i)\\b(test\\w*|coverage|flaky|qa)\\b"));
        words.put("devops", Pattern.compile("(?i)\\b(deploy\\w*|ci|ci/cd|kubernetes|docker|terraform|release\\w*|infrastructure)\\b"));
        words.put("mentoring", Pattern.compile("(?i)\\b(mentor\\w*|coach\\w*|onboard\\w*|taught|trained)"));
        words.put("collaboration", Pattern.compile("(?i)\\b(cross-team|collaborat\\w*|partnered|reviews?|worked with)"));
        return words;
    }
}
