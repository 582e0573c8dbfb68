package dev.tailor.analysis;

/**
 * A set of lower-case words that answers only "certainly not in it" or "perhaps", from each word's first
 * two and last two characters. Lets a phrase lookup pass over the many words that start no phrase
 * without reading the whole word, building its lower-case string or looking it up in a map.
 * Not thread-safe while words are added.
 *
 * <p>A token is judged by its characters as written, folded to lower case: that is exact when those
 * four characters are ASCII, whatever the others (lower-casing maps each ASCII character to one
 * character in place). Any other token is "perhaps".
 */
final class WordFilter {
    /** 64 Kbit (8 KB, small enough to stay in a CPU cache): a few percent of false "perhaps" for 2,000 words. */
    private static final int SLOTS = 1 << 16;
    private static final char ASCII = 128;

    private final long[] bits = new long[SLOTS / Long.SIZE];

    /** Adds a word, given in lower case. */
    void add(String word) {
        int n = word.length();
        set(slot(fold(word.charAt(0)), fold(word.charAt(Math.min(1, n - 1))), fold(word.charAt(Math.max(n - 2, 0))),
                fold(word.charAt(n - 1))));
    }

    /** False when the token's lower case is certainly none of the words added. */
    boolean mightContain(Token token) {
        int n = token.length();
        char a = token.charAt(0);
        char b = token.charAt(Math.min(1, n - 1));
        char y = token.charAt(Math.max(n - 2, 0));
        char z = token.charAt(n - 1);
        if ((a | b | y | z) >= ASCII) {
            return true;
        }
        int slot = slot(fold(a), fold(b), fold(y), fold(z));
        return (bits[slot >>> 6] & (1L << slot)) != 0;
    }

    private void set(int slot) {
        bits[slot >>> 6] |= 1L << slot;
    }

    /**
     * The same for an ASCII character and its lower case: sets the bit that tells 'A' from 'a'. Other
     * characters may share a result ('@' and '`'), which only makes "perhaps" a little more frequent;
     * unlike a test for 'A' to 'Z', it costs no branch the processor could mispredict.
     */
    private static char fold(char c) {
        return (char) (c | 0x20);
    }

    private static int slot(char a, char b, char y, char z) {
        int hash = ((a * 31 + b) * 31 + y) * 31 + z;
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
