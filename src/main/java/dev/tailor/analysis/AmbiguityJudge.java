package dev.tailor.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an ambiguous spelling ("Go", "Swift", "R") is meant as a technology, from the
 * words around it. A name listed right next to an unambiguous skill ("Go, Python") always counts;
 * a lower-case word counts only before a technical noun ("agile methods", "go code"); otherwise a
 * word must be capitalised, must not be followed by a word that makes it a verb or an
 * ordinary noun ("Go to market", "Spring 2025"), and, at the start of a sentence or in a Title Case
 * heading, needs a technical neighbour or a technical word nearby ("Go is our language"); so does
 * an all-capitals spelling of a name that is not an acronym ("SWIFT payments").
 * A single capital letter ("R", "C") needs a technical neighbour in every case.
 */
final class AmbiguityJudge {
    /** Words between two list items: "Go, Rust and Python", "R or SAS". */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "und", "oder", "plus", "as", "well", "nor", "either");
    private static final String LIST_MARKS = ",/&|+;";
    /** Word tokens between an ambiguous name and a skill that still make them neighbours. */
    private static final int NEIGHBOUR_WINDOW = 4;
    /** Word tokens a single letter may sit from its technical neighbour: "R, Python" or "in R and SAS". */
    private static final int LETTER_WINDOW = 3;
    /** Word tokens a technical word may sit from an ambiguous name: "Go is our main language". */
    private static final int CONTEXT_WINDOW = 4;

    private final SkillContext context;

    AmbiguityJudge(SkillContext context) {
        this.context = context;
    }

    private enum Neighbour { NONE, NEAR, LISTED }

    /**
     * True when the hit reads as a technology.
     *
     * @param anchors for each candidate, whether it is certainly a skill and may vouch for its neighbours
     */
    boolean isTechnical(TokenizedText text, SkillHit hit, List<SkillHit> candidates, boolean[] anchors) {
        Token first = text.token(hit.first());
        String written = hit.spelling();
        if (isCapitalsOnly(hit.entry(), written)) {
            return false; // "can" or "Can" is the verb; only "CAN" is the bus
        }
        if (written.length() == 1) {
            return isTechnicalLetter(text, hit, candidates, anchors);
        }
        if (first.hyphenated()) {
            return false; // the tail of a compound: "io-ts", "non-Go"
        }
        Neighbour neighbour = neighbour(text, hit, candidates, anchors, NEIGHBOUR_WINDOW);
        if (neighbour == Neighbour.LISTED) {
            return true;
        }
        if (written.equals(first.lower()) && hit.end() - hit.first() == 1) {
            // "go", "spring", "rust": lower case is the ordinary word, unless a technical noun follows ("go code")
            Token next = hit.end() < text.size() ? text.token(hit.end()) : null;
            return next != null && next.isWord() && next.sentence() == hit.sentence()
                    && context.techAfter().contains(next.lower());
        }
        if (hit.end() < text.size()) {
            Token next = text.token(hit.end());
            if (next.isWord() && (context.stopAfter().contains(next.lower()) || isYear(next.lower()))) {
                return false;
            }
        }
        if (isShoutedSentence(text, hit.sentence(), hit.first())) {
            return false; // "YOU CAN ALSO FIND US": in capitals, capitals say nothing
        }
        if (neighbour == Neighbour.NEAR || hasTechWord(text, hit, CONTEXT_WINDOW)) {
            return true;
        }
        if (isShouted(written, hit.entry().name()) && !isTitleCase(text, hit.sentence(), hit.first())) {
            return false; // "SWIFT payments" is the bank network, not Apple's Swift
        }
        if (isWholeSentence(text, hit)) {
            return true; // a list item of its own: "• React"
        }
        return !startsClause(text, hit.first()) && !isTitleCase(text, hit.sentence(), hit.first());
    }

    /**
     * True when the taxonomy writes this ambiguous spelling in capitals (CAN, LIN, ARM) and the text
     * does not: for such names the capitals are what tells the acronym from the ordinary word.
     */
    private static boolean isCapitalsOnly(TaxonomyEntry entry, String written) {
        for (String spelling : entry.ambiguousSpellings()) {
            if (spelling.length() > 1 && spelling.equalsIgnoreCase(written) && !spelling.equals(written)
                    && isAllCapitals(spelling)) {
                return true;
            }
        }
        return false;
    }

    /** True at the start of a sentence or right after a colon ("Our mission: Make ..."). */
    private static boolean startsClause(TokenizedText text, int index) {
        return text.startsSentence(index) || (index > 0 && text.token(index - 1).isPunct(':'));
    }

    private boolean isTechnicalLetter(TokenizedText text, SkillHit hit, List<SkillHit> candidates, boolean[] anchors) {
        Token letter = text.token(hit.first());
        if (!Character.isUpperCase(letter.text().charAt(0)) || letter.hyphenated()) {
            return false;
        }
        if (hit.end() < text.size() && text.token(hit.end()).hyphenated()) {
            return false; // "C-level"
        }
        Token previous = text.previousWord(hit.first());
        if (previous != null && context.letterLabels().contains(previous.lower())) {
            return false; // "Series C", "Plan B"
        }
        return neighbour(text, hit, candidates, anchors, LETTER_WINDOW) != Neighbour.NONE
                || hasTechWord(text, hit, 1);
    }

    /** How close the nearest unambiguous skill of the same sentence is. */
    private static Neighbour neighbour(TokenizedText text, SkillHit hit, List<SkillHit> candidates,
                                       boolean[] anchors, int window) {
        Neighbour best = Neighbour.NONE;
        int at = indexOf(candidates, hit);
        int first = at;
        while (first > 0 && candidates.get(first - 1).sentence() == hit.sentence()) {
            first--;
        }
        // only the candidates of the same sentence: linear in the sentence, not in the whole text
        for (int k = first; k < candidates.size() && candidates.get(k).sentence() == hit.sentence(); k++) {
            SkillHit other = candidates.get(k);
            if (other == hit || !anchors[k] || other.entry() == hit.entry()) {
                continue;
            }
            int from = other.first() >= hit.end() ? hit.end() : other.end();
            int to = other.first() >= hit.end() ? other.first() : hit.first();
            if (to < from) {
                continue;
            }
            int words = 0;
            boolean listOnly = true;
            // past the window neither counts, however many words follow: stop there, not at the other hit
            for (int t = from; t < to && words <= window; t++) {
                Token between = text.token(t);
                if (between.isWord()) {
                    words++;
                    listOnly &= LIST_WORDS.contains(between.lower());
                } else {
                    listOnly &= between.kind() == Token.Kind.PUNCT && LIST_MARKS.indexOf(between.firstChar()) >= 0;
                }
            }
            if (listOnly && words <= 2) {
                return Neighbour.LISTED;
            }
            if (words <= window) {
                best = Neighbour.NEAR;
            }
        }
        return best;
    }

    /** The position of the hit among the candidates, which are in text order. */
    private static int indexOf(List<SkillHit> candidates, SkillHit hit) {
        int low = 0;
        int high = candidates.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (candidates.get(mid).first() < hit.first()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean hasTechWord(TokenizedText text, SkillHit hit, int window) {
        return hasTechWord(text, hit.first() - 1, -1, hit.sentence(), window)
                || hasTechWord(text, hit.end(), 1, hit.sentence(), window);
    }

    private boolean hasTechWord(TokenizedText text, int from, int step, int sentence, int window) {
        int words = 0;
        for (int t = from; t >= 0 && t < text.size() && words < window; t += step) {
            Token token = text.token(t);
            if (token.sentence() != sentence) {
                return false;
            }
            if (token.isWord()) {
                if (context.techWords().contains(token.lower())) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    /** True for an all-capitals spelling of a name that is not written in capitals ("SWIFT" for Swift). */
    private static boolean isShouted(String written, String name) {
        return written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))
                && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** True when most words of the sentence (at least three) are written in capitals. */
    private static boolean isShoutedSentence(TokenizedText text, int sentence, int around) {
        int first = around;
        while (first > 0 && text.token(first - 1).sentence() == sentence) {
            first--;
        }
        int words = 0;
        int shouted = 0;
        for (int t = first; t < text.size() && text.token(t).sentence() == sentence; t++) {
            Token token = text.token(t);
            if (token.isWord() && token.length() > 1 && Character.isLetter(token.firstChar())) {
                words++;
                if (isAllCapitals(token)) {
                    shouted++;
                }
            }
        }
        return words >= 3 && shouted * 4 >= words * 3;
    }

    /** True when no letter of the word is lower case ("CAN", "AWS3"), without building an upper-case copy. */
    private static boolean isAllCapitals(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The same for a token, without building its string. */
    private static boolean isAllCapitals(Token word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the hit is the only word of its sentence. */
    private static boolean isWholeSentence(TokenizedText text, SkillHit hit) {
        for (int t = hit.first() - 1; t >= 0 && text.token(t).sentence() == hit.sentence(); t--) {
            if (text.token(t).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        for (int t = hit.end(); t < text.size() && text.token(t).sentence() == hit.sentence(); t++) {
            if (text.token(t).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** True for a heading-like sentence where every longer word is capitalised, so capitals say nothing. */
    private static boolean isTitleCase(TokenizedText text, int sentence, int around) {
        int first = around;
        while (first > 0 && text.token(first - 1).sentence() == sentence) {
            first--;
        }
        int longWords = 0;
        for (int t = first; t < text.size() && text.token(t).sentence() == sentence; t++) {
            Token token = text.token(t);
            if (token.isWord() && token.length() > 3 && Character.isLetter(token.firstChar())) {
                if (!Character.isUpperCase(token.firstChar())) {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= 2;
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && word.chars().allMatch(Character::isDigit);
    }
}
