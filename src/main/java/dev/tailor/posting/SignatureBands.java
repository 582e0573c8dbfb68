package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The texts seen so far, found again by locality-sensitive hashing of their MinHash signatures, so that a new
 * text is compared with the few earlier ones that may resemble it instead of with every one (50,000 postings
 * would otherwise take over a billion signature comparisons in one run).
 *
 * <p>The {@value DuplicateIndex#SIGNATURE_SIZE} minimums are cut into {@value #BANDS} bands of {@value #ROWS};
 * two texts are compared when any band agrees. Texts of resemblance s agree on some band with probability
 * 1 - (1 - s^4)^32: 99.985% at the 0.7 threshold and more above it, so a duplicate is missed at most about once
 * in 6,700 pairs that sit right on the threshold, far less often than the MinHash estimate itself errs there
 * (±0.04 at 128 hashes). Unrelated texts (s near 0) almost never share a band.
 *
 * <p>Memory stays small: each signature is kept as 32-bit values (two texts whose 64-bit minimums differ agree on
 * their low 32 bits once in four billion), and the bands live in one open-addressing table of ints.
 */
final class SignatureBands {
    static final int BANDS = 32;
    static final int ROWS = DuplicateIndex.SIGNATURE_SIZE / BANDS;
    private static final int EMPTY = 0;

    private final List<int[]> signatures = new ArrayList<>();
    /** Band hash of each slot; {@link #entries} holds the signature's index + 1 there, or {@link #EMPTY}. */
    private int[] keys = new int[1024];
    private int[] entries = new int[1024];
    private int used;

    /** The index (in the order added) of the first earlier text whose resemblance is at least {@code min}, or -1. */
    int firstResembling(long[] signature, double min, IntPredicate excluded) {
        int[] compact = compact(signature);
        int first = -1;
        for (int band = 0; band < BANDS; band++) {
            int hash = bandHash(compact, band);
            for (int slot = hash & (keys.length - 1); entries[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
                int candidate = entries[slot] - 1;
                if (keys[slot] == hash && (first < 0 || candidate < first) && !excluded.test(candidate)
                        && resemblance(signatures.get(candidate), compact) >= min) {
                    first = candidate;
                }
            }
        }
        return first;
    }

    /** Remembers a signature; its index is the number of signatures added before it. */
    int add(long[] signature) {
        int[] compact = compact(signature);
        int index = signatures.size();
        signatures.add(compact);
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

    private static double resemblance(int[] first, int[] second) {
        int same = 0;
        for (int k = 0; k < first.length; k++) {
            if (first[k] == second[k]) {
                same++;
            }
        }
        return (double) same / first.length;
    }
}
