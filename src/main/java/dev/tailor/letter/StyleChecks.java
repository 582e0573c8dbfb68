package dev.tailor.letter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rubric's checks on how a letter is written: clichés, laundry lists, the human element, pay, dated tools. */
final class StyleChecks {
    /** A run of more technologies than this in one sentence is a laundry list. */
    static final int MAX_TECH_RUN = 4;
    /**
     * Each cliché with a word every match of it holds, so the pattern only runs over a letter that holds the word:
     * a letter is linted once per draft, and most hold none of them.
     */
    private record GenericPhrase(String name, String keyword, Pattern pattern) {
    }

    private static final List<GenericPhrase> GENERIC_PHRASES = List.of(
            new GenericPhrase("To whom it may concern", "concern", Pattern.compile("(?i)\\bto whom it may concern\\b")),
            new GenericPhrase("I look forward to hearing from you", "hearing from you", Pattern.compile(
                    "(?i)\\bI(?: a|')m looking forward to hearing from you|\\bI look forward to hearing from you")),
            new GenericPhrase("responsible for", "responsible for", Pattern.compile("(?i)\\bresponsible for\\b")),
            new GenericPhrase("hard-working", "working", Pattern.compile("(?i)\\bhard[- ]?working\\b")),
            new GenericPhrase("team player", "player", Pattern.compile("(?i)\\bteam[- ]player\\b")));
    private static final Pattern PASSIONATE = Pattern.compile("(?i)\\bpassionate about\\b");
    private static final Pattern HUMAN = Pattern.compile("(?i)\\b(mentor\\w*|code reviews?|design reviews?|reviewing|"
            + "pair(?:ed|ing)?(?: program\\w*)?|collaborat\\w*|cross-team|cross-functional|coach\\w*|onboard\\w*|"
            + "teammates?|knowledge sharing|shared design)\\b");
    /**
     * Pay talk. Every match holds one of the literals: a pair's second word follows "expected" or "desired"
     * ("ed "), "target" ("et ") or "hourly" and "day" ("y "), so "error rate" or "rate limiting" never run it.
     */
    static final WordsPattern SALARY = new WordsPattern("(?i)\\b(salary|salaries|compensation|remuneration|wages?|"
            + "pay (?:expectations?|range|band|rate|requirements?)|(?:expected|desired|target) (?:pay|rate|package)|"
            + "per annum|hourly rate|day rate)\\b",
            "salar", "compensation", "remuneration", "wage", "pay ", "annum", "ed pay", "et pay", "ed rate",
            "et rate", "y rate", "ed package", "et package");
    /** A dated technology: a literal every mention holds (a cheap first test) and the pattern that finds it. */
    private record Outdated(String stem, Pattern pattern) {
        Outdated(String stem, String regex) {
            this(stem, Pattern.compile(regex));
        }
    }

    /** Technologies that date a letter unless they appear as something migrated from. Case matters: "Flash". */
    private static final List<Outdated> OUTDATED = List.of(
            new Outdated("jQuery", "\\bjQuery\\b"), new Outdated("SVN", "\\bSVN\\b"),
            new Outdated("Subversion", "\\bSubversion\\b"), new Outdated("PHP", "\\bPHP ?5(?:\\.\\d+)?\\b"),
            new Outdated("Python", "\\bPython ?2(?:\\.\\d+)?\\b"), new Outdated("AngularJS", "\\bAngularJS\\b"),
            new Outdated("Angular.js", "\\bAngular\\.js\\b"), new Outdated("Struts", "\\bStruts ?1\\b"),
            new Outdated("EJB", "\\bEJB ?2\\b"), new Outdated("Java", "\\bJava ?6\\b"),
            new Outdated("Silverlight", "\\bSilverlight\\b"), new Outdated("ColdFusion", "\\bColdFusion\\b"),
            new Outdated("VB6", "\\bVB6\\b"), new Outdated("Visual Basic 6", "\\bVisual Basic 6\\b"),
            new Outdated("CoffeeScript", "\\bCoffeeScript\\b"), new Outdated("Backbone.js", "\\bBackbone\\.js\\b"),
            new Outdated("Flash", "\\bFlash\\b"));
    /** A word every pay phrase holds, lower case: the pay pattern only runs over a letter holding one of them. */
    private static final Pattern MIGRATED_FROM = Pattern.compile("(?i)\\b(migrat\\w*|replac\\w*|retir\\w*|upgrad\\w*|"
            + "rewr(?:ote|ite|itten|iting)|decommission\\w*|sunset\\w*|phas(?:e|ed|ing) out|moved? off|moving off|"
            + "away from|off of|port(?:ed|ing) \\S+(?: \\S+){0,4} from|mov(?:ed?|ing) \\S+(?: \\S+){0,6} from)\\b");
    private static final Pattern TECH_SEPARATOR = Pattern.compile("^[\\s,;/&+]*(?:(?:and|or)[\\s,;/&+]*)?$");

    private StyleChecks() {
    }

    static LintResult noGenericPhrases(LintFacts f) {
        Set<String> found = new LinkedHashSet<>();
        String lower = f.body.toLowerCase(Locale.ROOT);
        for (GenericPhrase phrase : GENERIC_PHRASES) {
            if (lower.contains(phrase.keyword()) && phrase.pattern().matcher(f.body).find()) {
                found.add(phrase.name());
            }
        }
        if (lower.contains("passionate about")) {
            for (String sentence : f.sentences) {
                if (PASSIONATE.matcher(sentence).find() && LetterText.figures(sentence).isEmpty()) {
                    found.add("passionate about (without a fact)");
                }
            }
        }
        List<String> sorted = found.stream().sorted().toList();
        return new LintResult("no-generic-phrases", found.isEmpty(),
                found.isEmpty() ? "none found" : "found: " + String.join("; ", sorted));
    }

    static LintResult noLaundryList(LintFacts f) {
        int longest = 0;
        String worst = "";
        for (String sentence : f.sentences) {
            List<int[]> spans = techSpans(sentence, f.technologies);
            int run = spans.isEmpty() ? 0 : 1;
            int start = 0;
            for (int i = 1; i < spans.size(); i++) {
                String gap = sentence.substring(spans.get(i - 1)[1], spans.get(i)[0]);
                if (TECH_SEPARATOR.matcher(gap).matches()) {
                    run++;
                } else {
                    run = 1;
                    start = i;
                }
                if (run > longest) {
                    longest = run;
                    worst = sentence.substring(spans.get(start)[0], spans.get(i)[1]);
                }
            }
            longest = Math.max(longest, spans.isEmpty() ? 0 : 1);
        }
        boolean ok = longest <= MAX_TECH_RUN;
        return new LintResult("no-laundry-list", ok, ok ? "longest run of technologies: " + longest
                : longest + " technologies in a row: " + worst);
    }

    /** Where the sentence names a technology: non-overlapping spans, longest name first at each place. */
    private static List<int[]> techSpans(String sentence, Set<String> technologies) {
        List<int[]> spans = new ArrayList<>();
        for (String tech : technologies) {
            int at = LetterText.indexOfName(sentence, tech, 0);
            while (at >= 0) {
                spans.add(new int[] {at, at + tech.length()});
                at = LetterText.indexOfName(sentence, tech, at + 1);
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> kept = new ArrayList<>();
        for (int[] span : spans) {
            if (kept.isEmpty() || span[0] >= kept.get(kept.size() - 1)[1]) {
                kept.add(span);
            }
        }
        return kept;
    }

    static LintResult humanElement(LintFacts f) {
        for (String sentence : f.profile.collaboration()) {
            String phrase = LetterModel.clause(sentence);
            if (!phrase.isEmpty() && f.body.contains(phrase)) {
                return new LintResult("human-element", true, "mentions: " + phrase);
            }
        }
        Matcher matcher = HUMAN.matcher(f.body);
        if (matcher.find()) {
            return new LintResult("human-element", true, "mentions " + matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return new LintResult("human-element", false, "no collaboration, mentoring, code review or cross-team work");
    }

    static LintResult noSalary(LintFacts f) {
        MatchResult pay = SALARY.firstMatch(f.body);
        return pay != null
                ? new LintResult("no-salary", false, "mentions " + pay.group(1))
                : new LintResult("no-salary", true, "no pay expectations");
    }

    static LintResult outdatedFramed(LintFacts f) {
        List<String> framed = new ArrayList<>();
        List<String> unframed = new ArrayList<>();
        // Only the technologies whose literal the letter holds are looked for sentence by sentence.
        List<Pattern> present = OUTDATED.stream().filter(o -> f.body.contains(o.stem())).map(Outdated::pattern).toList();
        for (String sentence : present.isEmpty() ? List.<String>of() : f.sentences) {
            for (Pattern pattern : present) {
                Matcher matcher = pattern.matcher(sentence);
                while (matcher.find()) {
                    (MIGRATED_FROM.matcher(sentence).find() ? framed : unframed).add(matcher.group());
                }
            }
        }
        if (!unframed.isEmpty()) {
            return new LintResult("outdated-framed", false, "not framed as a migration: " + String.join(", ", unframed));
        }
        return new LintResult("outdated-framed", true, framed.isEmpty() ? "no outdated technology"
                : "framed as a migration: " + String.join(", ", framed));
    }
}
