package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The texts seen so far, found again by locality-sensitive hashing of their MinHash signatures, so that a new
 * text is compared with the few earlier ones that may resemble it instead of with every one (50,000 postings
 * would otherwise take over a billion signature comparisons in one run).
 *
 * <p>The {@value DuplicateIndex#SIGNATURE_SIZE} minimums are cut into {@value #BANDS} bands of {@value #ROWS};
 * an earlier text is compared with the new one when at least {@value #MIN_BANDS} bands agree, and each such text
 * once. Texts of resemblance s agree on a band with probability s^4, so on two of 32 bands with probability
 * 99.8% at the 0.7 threshold, 99.99% at 0.75 and all but certainly at the 0.85 and more that a posting saved twice
 * keeps: far less error than the MinHash estimate's own ±0.04 at the threshold. Postings that merely share a
 * company's boilerplate (s around 0.4) are compared one time in five rather than every time, and unrelated texts
 * (s near 0) almost never. The comparison stops as soon as too many minimums differ.
 *
 * <p>Memory stays small: each signature is kept as 32-bit values (two texts whose 64-bit minimums differ agree on
 * their low 32 bits once in four billion), and the bands live in one open-addressing table of ints.
 */
final class SignatureBands {
    static final int BANDS = 32;
    static final int ROWS = DuplicateIndex.SIGNATURE_SIZE / BANDS;
    /** How many bands an earlier text must share with the new one to be compared with it. */
    static final int MIN_BANDS = 2;
    private static final int EMPTY = 0;

    private final List<int[]> signatures = new ArrayList<>();
    /** Band hash of each slot; {@link #entries} holds the signature's index + 1 there, or {@link #EMPTY}. */
    private int[] keys = new int[1024];
    private int[] entries = new int[1024];
    private int used;

    /** Per earlier text: the query that last counted it, and how many of that query's bands it shares. */
    private int[] countedBy = new int[256];
    private int[] sharedBands = new int[256];
    private int query;

    /** The index (in the order added) of the first earlier text whose resemblance is at least {@code min}, or -1. */
    int firstResembling(long[] signature, double min, IntPredicate excluded) {
        int[] compact = compact(signature);
        int maxDifferent = compact.length - (int) Math.ceil(min * compact.length);
        query++;
        List<Integer> candidates = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            int hash = bandHash(compact, band);
            for (int slot = hash & (keys.length - 1); entries[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
                if (keys[slot] != hash) {
                    continue;
                }
                int candidate = entries[slot] - 1;
                if (countedBy[candidate] != query) {
                    countedBy[candidate] = query;
                    sharedBands[candidate] = 0;
                }
                if (++sharedBands[candidate] == MIN_BANDS) {
                    candidates.add(candidate);
                }
            }
        }
        int first = -1;
        for (int candidate : candidates) {
            if ((first < 0 || candidate < first) && !excluded.test(candidate)
                    && differences(signatures.get(candidate), compact, maxDifferent) <= maxDifferent) {
                first = candidate;
            }
        }
        return first;
    }

    /** Remembers a signature; its index is the number of signatures added before it. */
    int add(long[] signature) {
        int[] compact = compact(signature);
        int index = signatures.size();
        signatures.add(compact);
        if (index >= countedBy.length) {
            countedBy = Arrays.copyOf(countedBy, countedBy.length * 2);
            sharedBands = Arrays.copyOf(sharedBands, sharedBands.length * 2);
        }
        if ((used + BANDS) * 2 > keys.length) {
            grow();
        }
        for (int band = 0; band < BANDS; band++) {
            put(bandHash(compact, band), index + 1);
        }
        return index;
    }

    private void put(int hash, int entry) {
        int slot = hash & (keys.length - 1);
        while (entries[slot] != EMPTY) {
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = hash;
        entries[slot] = entry;
        used++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldEntries = entries;
        keys = new int[oldKeys.length * 2];
        entries = new int[oldEntries.length * 2];
        used = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldEntries[slot] != EMPTY) {
                put(oldKeys[slot], oldEntries[slot]);
            }
        }
    }

    private static int[] compact(long[] signature) {
        int[] out = new int[signature.length];
        for (int i = 0; i < signature.length; i++) {
            out[i] = (int) signature[i];
        }
        return out;
    }

    private static int bandHash(int[] signature, int band) {
        int hash = 1;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            hash = 31 * hash + signature[row];
        }
        // Mix the band number in, then spread the bits: neighbouring slots must not hold neighbouring bands.
        hash = (hash ^ (band * 0x9E3779B9)) * 0x85EBCA6B;
        return hash ^ (hash >>> 15);
    }

    /** How many minimums differ, counted only up to one past {@code enough}: beyond it the answer is known. */
    private static int differences(int[] first, int[] second, int enough) {
        int different = 0;
        for (int k = 0; k < first.length && different <= enough; k++) {
            if (first[k] != second[k]) {
                different++;
            }
        }
        return different;
    }
}
