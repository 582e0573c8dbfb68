package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts text into tokens in one pass, keeping symbol names whole (C++, C#, F#) and URLs and e-mail
 * addresses as single {@link Token.Kind#LINK} tokens so that no name inside them is ever matched.
 *
 * <p>Dots and slashes stay separate tokens marked as glued, so "Node.js" is {@code node . js} and
 * "CI/CD" is {@code ci / cd}: lookups compare the glue, and boundary checks can tell "JS" in
 * "Node.js" from "JS" on its own. A hyphen between two words is not a token; it only marks the
 * second word as {@link Token#hyphenated()}, so "Spring-Boot" and "Spring Boot" look the same.
 */
final class Tokenizer {
    /** Top-level domains that make "name.tld/path" a link even without a scheme. */
    private static final Set<String> LINK_DOMAINS = Set.of(
            "com", "org", "io", "dev", "ai", "co", "de", "uk", "fr", "eu", "ch", "nl", "app", "tech", "cz",
            "dk", "se", "us", "ca", "au", "at", "jobs", "careers");
    private static final String[] LINK_STARTS = {"http://", "https://", "www.", "ftp://", "mailto:"};
    private static final String LINK_STOPS = "<>\"()[]{}|";
    private static final String LINK_TRAILERS = ".,;:!?'\"";
    /** Characters below this are ASCII and take the fast paths. */
    private static final char ASCII = 128;
    /** Letters, digits and '_' among ASCII: one table read per character instead of four range tests. */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            ASCII_WORD_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
    }

    private Tokenizer() {
    }

    /** Tokenizes the text and splits it into sentences. */
    static TokenizedText tokenize(String text) {
        // one copy to a char array, which the tokens share: indexing it costs no bounds-and-encoding check
        // per character, as String.charAt does
        char[] chars = text.toCharArray();
        int[] sentences = SentenceSplitter.split(chars);
        List<Token> tokens = new ArrayList<>(chars.length / 4 + 4);
        int n = chars.length;
        int sentence = 0;
        int sentenceEnd = sentenceEnd(sentences, sentence);
        boolean space = true;
        boolean hyphen = false;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c == ' ' || (c < ASCII && c <= ' ') || (c >= ASCII && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                space = true;
                hyphen = false;
                i++;
                continue;
            }
            while (i >= sentenceEnd) {
                sentence++;
                sentenceEnd = sentenceEnd(sentences, sentence);
            }
            int start = i;
            Token.Kind kind;
            if (startsLink(text, chars, i) && (space || isOpener(chars, i - 1))) { // the rare link start first
                i = linkEnd(chars, i);
                kind = Token.Kind.LINK;
            } else if ((c == '@' || c == '/') && !space && absorbsIntoLink(chars, tokens, c, i)) {
                start = tokens.remove(tokens.size() - 1).start();
                while (!tokens.isEmpty() && belongsToLink(chars, tokens.get(tokens.size() - 1), start)) {
                    start = tokens.remove(tokens.size() - 1).start();
                }
                i = linkEnd(chars, i);
                kind = Token.Kind.LINK;
                space = start == 0 || Character.isWhitespace(chars[start - 1]);
            } else if (isWordChar(c)) {
                i = wordEnd(chars, i);
                kind = Token.Kind.WORD;
            } else if (isHyphen(c) && !space && !tokens.isEmpty() && i + 1 < n && isWordChar(chars[i + 1])) {
                hyphen = true;
                i++;
                continue;
            } else {
                i++;
                kind = Token.Kind.PUNCT;
            }
            boolean glued = !space && !hyphen && !tokens.isEmpty();
            tokens.add(new Token(chars, start, i, kind, glued, hyphen, sentence));
            space = false;
            hyphen = false;
        }
        return new TokenizedText(text, tokens, sentences);
    }

    /** Where a token moves on to the next sentence: the sentence's end, or never for the last sentence. */
    private static int sentenceEnd(int[] sentences, int sentence) {
        return 2 * sentence + 2 < sentences.length ? sentences[2 * sentence + 1] : Integer.MAX_VALUE;
    }

    /**
     * The lookup key of a phrase: its tokens in lower case, each glued token prefixed with
     * {@link PhraseIndex#GLUE}, joined by single spaces. Two spellings with the same key are the same name.
     */
    static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        for (String part : PhraseIndex.keys(tokenize(phrase.strip()).tokens())) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(part);
        }
        return key.toString();
    }

    static boolean isWordChar(char c) {
        return c < ASCII ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '–';
    }

    private static int wordEnd(char[] text, int from) {
        int n = text.length;
        int i = from;
        while (i < n) {
            char c = text[i];
            if (isWordChar(c)) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && (text[i] == '+' || text[i] == '#')) {
            char symbol = text[i];
            int j = i;
            while (j < n && text[j] == symbol) {
                j++;
            }
            if (j == n || !Character.isLetterOrDigit(text[j])) {
                i = j;
            }
        }
        return i;
    }

    private static boolean isOpener(char[] text, int i) {
        return i >= 0 && "(<[\"'“‘".indexOf(text[i]) >= 0;
    }

    /** The first two letters of http, www, ftp and mailto, in either case. */
    private static boolean maybeLinkStart(char first, char second) {
        char a = (char) (first | 0x20);
        char b = (char) (second | 0x20);
        return (a == 'h' && b == 't') || (a == 'w' && b == 'w') || (a == 'f' && b == 't') || (a == 'm' && b == 'a');
    }

    private static boolean startsLink(String text, char[] chars, int i) {
        if (i + 1 >= chars.length || !maybeLinkStart(chars[i], chars[i + 1])) {
            return false; // most words: no link start compared at all
        }
        for (String start : LINK_STARTS) {
            if (text.regionMatches(true, i, start, 0, start.length())) {
                return i + start.length() < text.length() && !Character.isWhitespace(text.charAt(i + start.length()));
            }
        }
        return false;
    }

    /** True when '@' ends the local part of an e-mail, or '/' follows a "name.tld" host. */
    private static boolean absorbsIntoLink(char[] text, List<Token> tokens, char c, int i) {
        if (tokens.isEmpty() || i + 1 >= text.length || !Character.isLetterOrDigit(text[i + 1])) {
            return false;
        }
        int last = tokens.size() - 1;
        if (tokens.get(last).end() != i || !tokens.get(last).isWord()) {
            return false;
        }
        if (c == '@') {
            return true;
        }
        return last >= 2 && LINK_DOMAINS.contains(tokens.get(last).lower())
                && tokens.get(last - 1).isPunct('.') && tokens.get(last - 1).glued()
                && tokens.get(last).glued() && tokens.get(last - 2).isWord();
    }

    /** True when the token sits right before {@code start} (or one hyphen before it) in the same link. */
    private static boolean belongsToLink(char[] text, Token token, int start) {
        boolean adjacent = token.end() == start || (token.end() == start - 1 && text[token.end()] == '-');
        return adjacent && (token.isWord() || token.isPunct('.') || token.isPunct('+') || token.isPunct('%'));
    }

    private static int linkEnd(char[] text, int from) {
        int n = text.length;
        int i = from;
        while (i < n && !Character.isWhitespace(text[i]) && LINK_STOPS.indexOf(text[i]) < 0) {
            i++;
        }
        while (i > from + 1 && LINK_TRAILERS.indexOf(text[i - 1]) >= 0) {
            i--;
        }
        return i;
    }
}
