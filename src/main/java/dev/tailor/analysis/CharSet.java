package dev.tailor.analysis;

/**
 * A fixed set of characters that answers {@link #contains(char)} without a search for ASCII characters
 * (two bit masks), which is what nearly every character of a posting is. Immutable and thread-safe.
 */
final class CharSet {
    private final long below64;
    private final long below128;
    /** The characters from 128 up, searched in order: sets here hold only a few. */
    private final String others;

    private CharSet(long below64, long below128, String others) {
        this.below64 = below64;
        this.below128 = below128;
        this.others = others;
    }

    /** The set of the characters of {@code chars}. */
    static CharSet of(String chars) {
        long below64 = 0;
        long below128 = 0;
        StringBuilder others = new StringBuilder();
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (c < 64) {
                below64 |= 1L << c;
            } else if (c < 128) {
                below128 |= 1L << (c - 64);
            } else {
                others.append(c);
            }
        }
        return new CharSet(below64, below128, others.toString());
    }

    boolean contains(char c) {
        if (c < 64) {
            return (below64 & (1L << c)) != 0;
        }
        if (c < 128) {
            return (below128 & (1L << (c - 64))) != 0;
        }
        return others.indexOf(c) >= 0;
    }
}
