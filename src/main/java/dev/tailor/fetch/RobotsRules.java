package dev.tailor.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Allow and Disallow rules of a robots.txt (RFC 9309) that apply to tailor: the groups naming tailor, or
 * else the groups for every robot ({@code *}). The longest matching rule wins; on a tie, Allow.
 */
final class RobotsRules {
    /** No rules: everything allowed (no robots.txt, or one tailor could not get). */
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    private record Rule(boolean allow, String pattern, Pattern regex) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the rules for the robot called {@code agent} (e.g. "tailor"). */
    static RobotsRules parse(String text, String agent) {
        List<Rule> forAgent = new ArrayList<>();
        List<Rule> forAll = new ArrayList<>();
        boolean matchesAgent = false;
        boolean matchesAll = false;
        boolean inAgentLines = false;
        String token = agent.toLowerCase(Locale.ROOT);
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!inAgentLines) {
                    matchesAgent = false;
                    matchesAll = false;
                }
                inAgentLines = true;
                String name = value.toLowerCase(Locale.ROOT);
                matchesAgent |= name.equals(token);
                matchesAll |= name.equals("*");
            } else if (field.equals("allow") || field.equals("disallow")) {
                inAgentLines = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything
                }
                Rule rule = new Rule(field.equals("allow"), value, toRegex(value));
                if (matchesAgent) {
                    forAgent.add(rule);
                }
                if (matchesAll) {
                    forAll.add(rule);
                }
            } else {
                inAgentLines = false;
            }
        }
        return new RobotsRules(!forAgent.isEmpty() ? forAgent : forAll);
    }

    /** Whether a path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.regex().matcher(pathAndQuery).lookingAt()
                    && (best == null || rule.pattern().length() > best.pattern().length()
                    || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** '*' matches any characters, a final '$' anchors the end; everything else is literal. */
    private static Pattern toRegex(String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        String[] parts = body.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex + (anchored ? "$" : ""));
    }
}
