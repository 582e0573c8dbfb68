package dev.tailor.analysis;

/**
 * A set of words that answers only "certainly not in it" or "perhaps": one bit per slot of the words'
 * hash codes. Lets a phrase lookup pass over the many words that start no phrase without a map lookup
 * and without building the word's lower-case string. Not thread-safe while words are added.
 */
final class WordFilter {
    /** 64 Kbit (8 KB, small enough to stay in a CPU cache): a few percent of false "perhaps" for 2,000 words. */
    private static final int SLOTS = 1 << 16;

    private final long[] bits = new long[SLOTS / Long.SIZE];

    /** Adds a word by its hash code (that of its lower-case string). */
    void add(int hash) {
        int slot = slot(hash);
        bits[slot >>> 6] |= 1L << slot;
    }

    /** False when no word with this hash code was added. */
    boolean mightContain(int hash) {
        int slot = slot(hash);
        return (bits[slot >>> 6] & (1L << slot)) != 0;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
