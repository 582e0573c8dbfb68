package dev.tailor.analysis;

import java.util.function.BiConsumer;

/**
 * A map from lower-case words to values in which a token is looked up by its characters, without
 * building its lower-case string: a token of ASCII characters (nearly all) is hashed and compared
 * folded to lower case in place, any other through {@link Token#lower()}. Open addressing over the
 * words' String hash codes. Not thread-safe while words are put; safe to read from many threads after.
 *
 * @param <V> the values
 */
final class WordTable<V> {
    private static final char ASCII = 128;
    private static final int FIRST_CAPACITY = 4;

    private String[] words;
    /** The characters of each word, compared without String calls. */
    private char[][] chars;
    private int[] hashes;
    private Object[] values;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The value of a word given in lower case, or null. */
    V get(String word) {
        if (size == 0) {
            return null;
        }
        int hash = word.hashCode();
        int mask = words.length - 1;
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && words[slot].equals(word)) {
                return value(slot);
            }
        }
        return null;
    }

    /** The value of the token's lower case, or null. */
    V get(Token token) {
        if (size == 0) {
            return null;
        }
        int length = token.length();
        int hash = 0;
        int all = 0;
        for (int k = 0; k < length; k++) {
            char c = token.charAt(k);
            all |= c;
            hash = 31 * hash + lower(c);
        }
        if (all >= ASCII) {
            return get(token.lower()); // lower-casing beyond ASCII needs Locale rules (and may change the length)
        }
        int mask = words.length - 1;
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameWord(chars[slot], token)) {
                return value(slot);
            }
        }
        return null;
    }

    /** Sets the value of a word given in lower case. */
    void put(String word, V value) {
        if (words == null) {
            allocate(FIRST_CAPACITY);
        } else if (2 * (size + 1) > words.length) {
            grow();
        }
        int hash = word.hashCode();
        int mask = words.length - 1;
        int slot = spread(hash) & mask;
        while (words[slot] != null) {
            if (hashes[slot] == hash && words[slot].equals(word)) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        words[slot] = word;
        chars[slot] = word.toCharArray();
        hashes[slot] = hash;
        values[slot] = value;
        size++;
    }

    /** Calls {@code action} with every word and its value, in no particular order. */
    void forEach(BiConsumer<String, V> action) {
        for (int slot = 0; words != null && slot < words.length; slot++) {
            if (words[slot] != null) {
                action.accept(words[slot], value(slot));
            }
        }
    }

    private void allocate(int capacity) {
        words = new String[capacity];
        chars = new char[capacity][];
        hashes = new int[capacity];
        values = new Object[capacity];
        size = 0;
    }

    private void grow() {
        String[] oldWords = words;
        Object[] oldValues = values;
        allocate(oldWords.length * 2);
        for (int slot = 0; slot < oldWords.length; slot++) {
            if (oldWords[slot] != null) {
                @SuppressWarnings("unchecked")
                V value = (V) oldValues[slot];
                put(oldWords[slot], value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }

    private static boolean sameWord(char[] word, Token token) {
        if (word.length != token.length()) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (word[k] != lower(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII character in lower case. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
