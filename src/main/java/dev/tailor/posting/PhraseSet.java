package dev.tailor.posting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Fixed phrases searched all at once, a char at a time, in text that comes in pieces: an Aho-Corasick automaton.
 * Searching a page's text for thirty notices with thirty {@code contains} calls read it thirty times; this reads it
 * once, and needs no copy of it joined.
 *
 * <p>The phrases' chars must be below {@link #ALPHABET_END}; any other char of the text matches none of them.
 */
final class PhraseSet {
    /** Latin-1 and Latin Extended-A: the letters of the English, German and Czech phrases. */
    static final char ALPHABET_END = 0x180;
    /** The start state's row; also where a char no phrase holds leads. */
    static final int START = 0;
    /** What {@link #nextRow} gives when a phrase ends at the char read. */
    static final int FOUND = -1;

    /** For each char below {@link #ALPHABET_END}, its column in {@link #next}; 0 for a char no phrase holds. */
    private final int[] column = new int[ALPHABET_END];
    private final int columns;
    /** For each state's row and char column, the next state's row, or {@link #FOUND}: {@link #nextRow}. */
    private final int[] rows;

    /** The automaton of the phrases, which must not be empty. */
    PhraseSet(List<String> phrases) {
        int distinct = 0;
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("an empty phrase matches everything");
            }
            for (char c : phrase.toCharArray()) {
                if (c >= ALPHABET_END) {
                    throw new IllegalArgumentException("a phrase char past the alphabet: " + phrase);
                }
                if (column[c] == 0) {
                    column[c] = ++distinct;
                }
            }
        }
        columns = distinct + 1;
        // The trie first: state 0 is its root; -1 is a missing edge until the failure links fill it.
        List<int[]> edges = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        edges.add(missingEdges());
        ends.add(false);
        for (String phrase : phrases) {
            int state = START;
            for (char c : phrase.toCharArray()) {
                int[] out = edges.get(state);
                if (out[column[c]] < 0) {
                    out[column[c]] = edges.size();
                    edges.add(missingEdges());
                    ends.add(false);
                }
                state = out[column[c]];
            }
            ends.set(state, true);
        }
        int[] next = new int[edges.size() * columns];
        boolean[] matched = new boolean[edges.size()];
        int[] failure = new int[edges.size()];
        // Breadth first, so a state's failure state is complete before the state is.
        Queue<Integer> queue = new ArrayDeque<>();
        for (int col = 0; col < columns; col++) {
            int child = edges.get(START)[col];
            next[col] = child < 0 ? START : child;
            if (child > 0) {
                failure[child] = START;
                queue.add(child);
            }
        }
        matched[START] = ends.get(START);
        while (!queue.isEmpty()) {
            int state = queue.remove();
            matched[state] = ends.get(state) || matched[failure[state]];
            for (int col = 0; col < columns; col++) {
                int child = edges.get(state)[col];
                int fallback = next[failure[state] * columns + col];
                if (child < 0) {
                    next[state * columns + col] = fallback;
                } else {
                    next[state * columns + col] = child;
                    failure[child] = fallback;
                    queue.add(child);
                }
            }
        }
        rows = new int[next.length];
        for (int i = 0; i < next.length; i++) {
            rows[i] = matched[next[i]] ? FOUND : next[i] * columns;
        }
    }

    private int[] missingEdges() {
        int[] out = new int[columns];
        Arrays.fill(out, -1);
        return out;
    }

    /** The column of a char in the transition table: 0 for a char no phrase holds. */
    int column(char c) {
        return c < ALPHABET_END ? column[c] : 0;
    }

    /**
     * Where a search goes from the state whose row starts at {@code row} (the start state's row is 0) on a char of
     * {@code column}: the row of the next state, or {@link #FOUND} when a phrase ends there. One load a char, with
     * the rows' offsets worked out in advance: this runs for every char of every page.
     */
    int nextRow(int row, int column) {
        return rows[row + column];
    }

    /** Whether the text holds one of the phrases. */
    boolean foundIn(CharSequence text) {
        int row = START;
        for (int i = 0; i < text.length(); i++) {
            row = nextRow(row, column(text.charAt(i)));
            if (row == FOUND) {
                return true;
            }
        }
        return false;
    }
}
