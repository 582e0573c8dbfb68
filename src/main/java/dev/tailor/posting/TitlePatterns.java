package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the job title and company out of a page title or {@code og:title}: "Title - Company",
 * "Title at Company", "Company | Title", "Company hiring Title in Place", "Job Application for Title at
 * Company", with job-board names ("| LinkedIn") dropped.
 */
final class TitlePatterns {
    /** A separator between title parts: surrounded by spaces so that "Full-stack" stays one word. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·•-]|::)\\s+");
    /** Separators at either end of a part; compiled once, as String.replaceAll would compile it on every call. */
    private static final Pattern APPLICATION_FOR = Pattern.compile("(?i)^job application for (.+) at (.+)$");
    private static final Pattern HIRING = Pattern.compile("^(.+?) hiring (.+?)(?: in ([^|]+))?$");
    /** "Engineer at Acme", and Ashby's "Engineer @ Acme". */
    private static final Pattern AT = Pattern.compile("^(.+) (?:at|@) (.+)$");
    /** What is left after the title in "Engineer - Job Offer at Acme". */
    private static final Pattern LEADING_AT = Pattern.compile(
            "(?i)^(?:(?:job offer|job opening|job|position|role|stellenangebot)\\s+)?(?:at\\s+|@\\s*)");
    private static final Pattern NOISE_SUFFIX = Pattern.compile(
            "(?i)\\s+[|–—-]\\s+(?:job offer|job opening|job|stellenangebot|stellenanzeige)$");
    private static final Pattern COMPANY_NOISE = Pattern.compile(
            "(?i)^(?:careers? at|jobs at|karriere bei)\\s+|\\s+(?:careers?|jobs|karriere|kariéra|home page|logo)$");

    /** Page titles are short; a longer one is a page's text in the wrong place, not worth the patterns. */
    private static final int MAX_TITLE_CHARS = 400;

    /** What a page title says. */
    record Parts(@Nullable String title, @Nullable String company, @Nullable String location) {
        static final Parts NONE = new Parts(null, null, null);
    }

    private TitlePatterns() {
    }

    /**
     * The title and company in a page title. {@code knownTitle}, the job title found elsewhere on the page,
     * lets "Acme - Engineer" and "Engineer - Acme" both be read right.
     */
    static Parts parse(@Nullable String pageTitle, @Nullable String knownTitle) {
        if (pageTitle == null || pageTitle.length() > MAX_TITLE_CHARS) {
            return Parts.NONE;
        }
        List<String> allParts = split(TextNormalizer.inline(pageTitle));
        List<String> parts = withoutBoardNames(allParts);
        if (parts.isEmpty()) {
            return Parts.NONE;
        }
        boolean labelled = allParts.stream().anyMatch(JobBoards::isPageLabel);
        String text = String.join(" | ", parts);
        String joined = joinOriginal(TextNormalizer.inline(pageTitle), parts);
        Matcher matcher = APPLICATION_FOR.matcher(joined);
        if (matcher.matches()) {
            return parts(matcher.group(1), matcher.group(2), null);
        }
        matcher = HIRING.matcher(joined);
        if (matcher.matches()) {
            return parts(matcher.group(2), matcher.group(1), matcher.group(3));
        }
        if (knownTitle != null) {
            Parts around = aroundKnownTitle(parts, knownTitle, joined);
            if (around != null) {
                return around;
            }
        }
        matcher = AT.matcher(joined);
        if (matcher.matches()) {
            return parts(NOISE_SUFFIX.matcher(matcher.group(1)).replaceFirst(""), matcher.group(2), null);
        }
        if (parts.size() < 2) {
            if (labelled && knownTitle != null) {
                // "Detail pozice | Acme banka": beside the site's page label stands the site's owner.
                return parts(null, text, null);
            }
            return new Parts(clean(text), null, null);
        }
        if (knownTitle != null) {
            // The title is elsewhere and not in here: what is left ("Detail pozice | Fio banka") ends with the site.
            return parts(null, parts.get(parts.size() - 1), null);
        }
        if (joined.contains(" | ")) {
            return parts(String.join(" | ", parts.subList(1, parts.size())), parts.get(0), null);
        }
        return parts(String.join(" - ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1), null);
    }

    private static @Nullable Parts aroundKnownTitle(List<String> parts, String knownTitle, String joined) {
        String known = TextNormalizer.inline(knownTitle);
        if (joined.equalsIgnoreCase(known)) {
            return new Parts(known, null, null);
        }
        if (startsWithIgnoreCase(joined, known)) {
            String rest = stripSeparators(joined.substring(known.length()));
            String company = firstPart(rest);
            if (company != null) {
                return parts(known, LEADING_AT.matcher(company).replaceFirst(""), null);
            }
        }
        if (endsWithIgnoreCase(joined, known)) {
            String rest = stripSeparators(joined.substring(0, joined.length() - known.length()));
            List<String> before = split(rest);
            if (!before.isEmpty()) {
                return parts(known, before.get(before.size() - 1), null);
            }
        }
        int index = indexOfIgnoreCase(parts, known);
        if (index >= 0 && parts.size() > 1) {
            return parts(known, parts.get(index == parts.size() - 1 ? index - 1 : index + 1), null);
        }
        return null;
    }

    private static @Nullable String firstPart(String text) {
        List<String> pieces = split(text);
        return pieces.isEmpty() ? null : pieces.get(0);
    }

    private static List<String> withoutBoardNames(List<String> allParts) {
        List<String> parts = new ArrayList<>(allParts);
        while (!parts.isEmpty() && JobBoards.isNotACompany(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        while (!parts.isEmpty() && JobBoards.isNotACompany(parts.get(0))) {
            parts.remove(0);
        }
        return parts;
    }

    /** The original title from the first kept part to the last one, separators as written. */
    private static String joinOriginal(String title, List<String> parts) {
        int start = title.indexOf(parts.get(0));
        String last = parts.get(parts.size() - 1);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end) : String.join(" - ", parts);
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            String clean = stripSeparators(part);
            if (!clean.isEmpty()) {
                parts.add(clean);
            }
        }
        return parts;
    }

    /**
     * The text without the separators at its ends, as {@code ^[\s|–—·•:,-]+|[\s|–—·•:,-]+$} removed them: that pattern
     * was tried at every white space of the text, this looks at the ends only.
     */
    private static String stripSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdgeSeparator(text.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSeparator(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A char of {@code [\s|–—·•:,-]}: the regex's {@code \s} is ASCII white space only. */
    private static boolean isEdgeSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|' || c == '–'
                || c == '—' || c == '·' || c == '•' || c == ':' || c == ',' || c == '-';
    }

    private static Parts parts(@Nullable String title, @Nullable String company, @Nullable String location) {
        return new Parts(clean(title), cleanCompany(company), clean(location));
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null ? null : TextNormalizer.blankToNull(stripSeparators(text));
    }

    private static @Nullable String cleanCompany(@Nullable String company) {
        String clean = clean(company);
        if (clean == null) {
            return null;
        }
        clean = TextNormalizer.blankToNull(COMPANY_NOISE.matcher(clean).replaceAll(""));
        return clean == null || JobBoards.isNotACompany(clean) ? null : clean;
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean endsWithIgnoreCase(String text, String suffix) {
        return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static int indexOfIgnoreCase(List<String> parts, String wanted) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
