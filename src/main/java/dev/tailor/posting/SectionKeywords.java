package dev.tailor.posting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The words that tell what a section heading announces, in one place so new phrasings and languages are easy
 * to add.
 *
 * <p>Kinds are tried in the order of {@link #HEADINGS}: the specific ones first, so that "About you" is a
 * requirements heading and "Nice to have skills" is not a plain requirements heading.
 */
final class SectionKeywords {

    /** Phrases matched as whole words anywhere in a lower-cased heading; the first kind with a match wins. */
    private static final Map<SectionKind, List<String>> HEADINGS = headings();

    /** Phrases that show a paragraph is about the employer, for text before the first heading. */
    private static final List<String> COMPANY_PHRASES = List.of(
            "we are", "we're", "our mission", "our team", "our company", "our customers", "our product",
            "founded", "headquartered", "is a leading", "is a global", "is a fast-growing", "is a growing",
            "company", "startup", "who we are",
            "wir sind", "unser team", "unsere mission", "unternehmen", "gegründet");

    private SectionKeywords() {
    }

    private static Map<SectionKind, List<String>> headings() {
        Map<SectionKind, List<String>> map = new LinkedHashMap<>();
        map.put(SectionKind.NICE_TO_HAVE, List.of(
                "nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "bonus", "bonus points",
                "preferred", "preferred qualifications", "desirable", "would be a plus", "is a plus", "a plus",
                "pluses", "extra credit", "even better", "good to have", "optional", "recommended", "nice if",
                "wünschenswert", "von vorteil", "pluspunkte", "idealerweise",
                "výhodou"));
        map.put(SectionKind.BENEFITS, List.of(
                "benefits", "perks", "what we offer", "we offer", "what you get", "what you'll get",
                "why join", "why join us", "why work with us", "why you'll love", "compensation", "salary",
                "in return", "what's in it for you", "our offer", "offer", "offers", "we provide", "expect from us",
                "why us",
                "wir bieten", "was wir bieten", "wir dir bieten", "bieten wir", "wir ihnen bieten", "das bieten wir", "unser angebot", "deine vorteile",
                "ihre vorteile", "benefits für dich",
                "nabízíme", "nabízí", "nabídka", "naše nabídka"));
        map.put(SectionKind.REQUIREMENTS, List.of(
                "requirements", "qualifications", "minimum qualifications", "basic qualifications", "must have",
                "must-have", "must haves", "skills", "experience", "about you", "who you are", "who are you", "you are",
                "you have", "you bring", "what you bring", "what you'll bring", "you'll bring", "what you need",
                "you'll need", "required", "expertise", "technologies", "tech stack", "what we're looking for", "what we are looking for", "we're looking for",
                "looking for", "your profile", "profile", "ideal candidate", "make you successful", "you'll thrive", "you'd have", "you should have",
                "dein profil", "ihr profil", "profil", "anforderungen", "qualifikationen", "das bringst du mit",
                "was du mitbringst", "was sie mitbringen", "du bringst mit", "voraussetzungen",
                "požadujeme", "požadavky", "koho hledáme", "hledáme právě tebe"));
        map.put(SectionKind.RESPONSIBILITIES, List.of(
                "responsibilities", "key responsibilities", "what you'll do", "what you will do", "will you do", "you will",
                "you'll", "your role", "the role", "about the role", "role", "duties", "tasks", "your mission",
                "day to day", "day-to-day", "what you'll be doing", "your impact",
                "in this role", "the position", "about the position", "your day",
                "deine aufgaben", "ihre aufgaben", "aufgaben", "deine rolle", "was dich erwartet",
                "was sie erwartet", "erwartet dich", "verantwortung", "verantwortungen", "dein job", "stellenbeschreibung",
                "náplň práce", "náplň", "čeká na tebe", "co budeš dělat", "co budete dělat"));
        map.put(SectionKind.ABOUT, List.of(
                "about us", "about the company", "who we are", "our company", "our mission", "our story",
                "the company", "company", "about", "introduction", "overview", "the team", "our team",
                "über uns", "wer wir sind", "das sind wir", "unternehmen", "über das unternehmen",
                "o nás", "o společnosti"));
        return map;
    }

    /** The kind a heading announces, or OTHER when no keyword matches. */
    static SectionKind classify(String heading) {
        String normalized = normalize(heading);
        for (Map.Entry<SectionKind, List<String>> entry : HEADINGS.entrySet()) {
            for (String phrase : entry.getValue()) {
                if (containsPhrase(normalized, phrase)) {
                    return entry.getKey();
                }
            }
        }
        return SectionKind.OTHER;
    }

    /** Whether a heading names one of the known sections. */
    static boolean isKnownHeading(String heading) {
        return classify(heading) != SectionKind.OTHER;
    }

    /** Whether the text reads as a description of the employer (it names it or talks about "we"). */
    static boolean describesCompany(String text, @Nullable String company) {
        String normalized = normalize(text);
        if (company != null && !company.isBlank() && normalized.contains(normalize(company))) {
            return true;
        }
        for (String phrase : COMPANY_PHRASES) {
            if (containsPhrase(normalized, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return TextNormalizer.inline(text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static boolean containsPhrase(String text, String phrase) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }
}
