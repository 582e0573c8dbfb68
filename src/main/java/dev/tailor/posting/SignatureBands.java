package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

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
 * <p>Each band value leads to the texts that have it: a chain of links while few texts share it, and a bitset of
 * texts once {@link #hotSize} do. Texts of one employer share the bands of its boilerplate: in 50,000 generated
 * postings one band value was shared by 13,345 texts, and 448 values by 256 or more, which made 95% of the work of
 * counting shared bands one text at a time. The first version kept every (band value, text) pair in one
 * open-addressing table and counted them so: 18 s of the step's one writing thread at 50,000 postings (1.1 s at
 * 10,000), quadratic in the number of postings. A shared band value now costs a pass over a bitset (a word per
 * 64 texts) where it cost a step per text. The texts compared, and so the answer, are the same as before:
 * {@code SignatureBandsTest} checks them against counting every pair.
 *
 * <p>Memory stays small: each signature is kept as 32-bit values (two texts whose 64-bit minimums differ agree on
 * their low 32 bits once in four billion); the chains are one array of ints with a slot per (text, band); the
 * distinct band values live in one open-addressing table of ints; the bitsets take a bit per text for each of the
 * few hundred shared values (under 3 MB at 50,000 postings), and the sketches 64 bytes per text (3.2 MB).
 */
final class SignatureBands {
    static final int BANDS = 32;
    static final int ROWS = DuplicateIndex.SIGNATURE_SIZE / BANDS;
    /** How many bands an earlier text must share with the new one to be compared with it. */
    static final int MIN_BANDS = 2;
    /**
     * From how many texts on a band value is kept as a bitset: walking a chain costs a scattered read per text, a
     * bitset one word per 64 texts for two passes, so this is roughly where the two cost the same at 50,000
     * postings; beyond 16,384 texts the bound is one per 64 texts instead, so that a pass stays the dearer.
     */
    static final int HOT_SIZE = 256;
    /** How many low bits of each minimum a text's sketch keeps: minimums that differ differ there 15 times in 16. */
    private static final int SKETCH_BITS = 4;
    private static final int SKETCH_LONGS = DuplicateIndex.SIGNATURE_SIZE * SKETCH_BITS / Long.SIZE;
    private static final long NIBBLE_LOW_BITS = 0x1111_1111_1111_1111L;
    /** The end of a chain, and an empty slot of the table. */
    private static final int NONE = 0;

    private final int hotSize;
    private final List<int[]> signatures = new ArrayList<>();
    /**
     * Every text's sketch, one after the other: a candidate is first compared by its sketch, a cache line read in
     * order, and only when that cannot tell by its signature, half a kilobyte somewhere in the heap. At 50,000
     * postings most of the 49 million candidates share an employer's boilerplate and no more, and reading their
     * signatures cost more than all the rest of the search.
     */
    private long[] sketches = new long[SKETCH_LONGS * 64];
    /** A distinct band value per used slot; {@link #heads} holds its chain's newest link + 1 there, or {@link #NONE}. */
    private int[] keys = new int[1024];
    private int[] heads = new int[1024];
    /** How many links the value's chain has, and its bitset's index + 1 in {@link #hot} once it has one. */
    private int[] sizes = new int[1024];
    private int[] hotIndex = new int[1024];
    private int distinct;
    /**
     * The chains: link {@code text * BANDS + band} is that band of that text, and holds the next older link + 1 with
     * the same band value, or {@link #NONE}.
     */
    private int[] links = new int[BANDS * 64];
    /** The bitsets of the shared band values, each with the texts that have it. */
    private final List<long[]> hot = new ArrayList<>();
    /**
     * Per bitset, the texts that have its value on two of their own bands (null while there is none): counted twice,
     * as a chain counts them. Two bands of one text agree on all 32 bits about once in ten million texts.
     */
    private final List<long @Nullable []> hotTwice = new ArrayList<>();

    /** The texts a query found on one of its bands so far, and those found on two or more: the candidates. */
    private long[] once = new long[4];
    private long[] twice = new long[4];

    SignatureBands() {
        this(HOT_SIZE);
    }

    /** Bands that keep a value shared by {@code hotSize} texts or more as a bitset (small in tests, to reach it). */
    SignatureBands(int hotSize) {
        if (hotSize < 1) {
            throw new IllegalArgumentException("hotSize must be at least 1, was " + hotSize);
        }
        this.hotSize = hotSize;
    }

    /** The index (in the order added) of the first earlier text whose resemblance is at least {@code min}, or -1. */
    int firstResembling(long[] signature, double min, IntPredicate excluded) {
        int[] compact = compact(signature);
        int maxDifferent = compact.length - (int) Math.ceil(min * compact.length);
        int words = words(signatures.size());
        long[] querySketch = new long[SKETCH_LONGS];
        sketch(compact, querySketch, 0);
        for (int band = 0; band < BANDS; band++) {
            int slot = slotOf(bandHash(compact, band));
            if (hotIndex[slot] != NONE) {
                countAll(hot.get(hotIndex[slot] - 1), hotTwice.get(hotIndex[slot] - 1), words);
                continue;
            }
            for (int link = heads[slot]; link != NONE; link = links[link - 1]) {
                count((link - 1) / BANDS);
            }
        }
        // Candidates in the order added: the first that resembles the new text enough is the answer.
        int first = -1;
        for (int word = 0; word < words && first < 0; word++) {
            for (long bits = twice[word]; bits != 0 && first < 0; bits &= bits - 1) {
                int candidate = word * 64 + Long.numberOfTrailingZeros(bits);
                if (sketchDifferences(sketches, candidate * SKETCH_LONGS, querySketch) <= maxDifferent
                        && !excluded.test(candidate)
                        && differences(signatures.get(candidate), compact, maxDifferent) <= maxDifferent) {
                    first = candidate;
                }
            }
        }
        Arrays.fill(once, 0, words, 0L);
        Arrays.fill(twice, 0, words, 0L);
        return first;
    }

    /** Counts one more shared band for {@code text}. */
    private void count(int text) {
        int word = text >>> 6;
        long bit = 1L << text;
        if ((once[word] & bit) != 0) {
            twice[word] |= bit;
        } else {
            once[word] |= bit;
        }
    }

    /** {@link #count} for every text of a bitset, and once more for those it holds twice. */
    private void countAll(long[] texts, long @Nullable [] textsTwice, int words) {
        int end = Math.min(words, texts.length);
        for (int word = 0; word < end; word++) {
            twice[word] |= once[word] & texts[word];
            once[word] |= texts[word];
        }
        if (textsTwice != null) {
            for (int word = 0; word < Math.min(words, textsTwice.length); word++) {
                twice[word] |= textsTwice[word];
            }
        }
    }

    /** Remembers a signature; its index is the number of signatures added before it. */
    int add(long[] signature) {
        int[] compact = compact(signature);
        int index = signatures.size();
        signatures.add(compact);
        if (words(index + 1) > once.length) {
            once = new long[once.length * 2];
            twice = new long[twice.length * 2];
        }
        if ((index + 1) * BANDS > links.length) {
            links = Arrays.copyOf(links, links.length * 2);
            sketches = Arrays.copyOf(sketches, sketches.length * 2);
        }
        sketch(compact, sketches, index * SKETCH_LONGS);
        for (int band = 0; band < BANDS; band++) {
            if ((distinct + 1) * 2 > keys.length) {
                grow();
            }
            int hash = bandHash(compact, band);
            int slot = slotOf(hash);
            if (heads[slot] == NONE) {
                keys[slot] = hash;
                distinct++;
            }
            int link = index * BANDS + band;
            links[link] = heads[slot];
            heads[slot] = link + 1;
            sizes[slot]++;
            if (hotIndex[slot] != NONE) {
                addHot(hotIndex[slot] - 1, index);
            } else if (sizes[slot] >= Math.max(hotSize, words(index + 1))) {
                makeHot(slot);
            }
        }
        return index;
    }

    /** Gives the value in {@code slot} a bitset of the texts on its chain. */
    private void makeHot(int slot) {
        hot.add(new long[once.length]);
        hotTwice.add(null);
        hotIndex[slot] = hot.size();
        for (int link = heads[slot]; link != NONE; link = links[link - 1]) {
            addHot(hot.size() - 1, (link - 1) / BANDS);
        }
    }

    private void addHot(int which, int text) {
        long[] texts = hot.get(which);
        if (text >>> 6 >= texts.length) {
            texts = Arrays.copyOf(texts, once.length);
            hot.set(which, texts);
        }
        long bit = 1L << text;
        if ((texts[text >>> 6] & bit) == 0) {
            texts[text >>> 6] |= bit;
            return;
        }
        long[] textsTwice = hotTwice.get(which);
        if (textsTwice == null || text >>> 6 >= textsTwice.length) {
            textsTwice = textsTwice == null ? new long[once.length] : Arrays.copyOf(textsTwice, once.length);
            hotTwice.set(which, textsTwice);
        }
        textsTwice[text >>> 6] |= bit;
    }

    private static int words(int texts) {
        return (texts + 63) >>> 6;
    }

    /** The slot of band value {@code hash}: where it is, or the empty slot where it goes. */
    private int slotOf(int hash) {
        int slot = hash & (keys.length - 1);
        while (heads[slot] != NONE && keys[slot] != hash) {
            slot = (slot + 1) & (keys.length - 1);
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldSizes = sizes;
        int[] oldHot = hotIndex;
        keys = new int[oldKeys.length * 2];
        heads = new int[oldHeads.length * 2];
        sizes = new int[oldSizes.length * 2];
        hotIndex = new int[oldHot.length * 2];
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldHeads[old] != NONE) {
                int slot = slotOf(oldKeys[old]);
                keys[slot] = oldKeys[old];
                heads[slot] = oldHeads[old];
                sizes[slot] = oldSizes[old];
                hotIndex[slot] = oldHot[old];
            }
        }
    }

    static int[] compact(long[] signature) {
        int[] out = new int[signature.length];
        for (int i = 0; i < signature.length; i++) {
            out[i] = (int) signature[i];
        }
        return out;
    }

    /** The value of a band of a signature: package-private for the reference count in tests. */
    static int bandHash(int[] signature, int band) {
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

    /** The low {@value #SKETCH_BITS} bits of every minimum, packed {@value #SKETCH_LONGS} longs to a text. */
    private static void sketch(int[] signature, long[] into, int offset) {
        int perLong = Long.SIZE / SKETCH_BITS;
        for (int word = 0; word < SKETCH_LONGS; word++) {
            long packed = 0;
            for (int k = 0; k < perLong; k++) {
                packed |= (long) (signature[word * perLong + k] & 0xF) << (k * SKETCH_BITS);
            }
            into[offset + word] = packed;
        }
    }

    /**
     * How many minimums certainly differ: those whose sketches differ. Never more than {@link #differences}, so a
     * text with more than the enough is set aside without reading its signature.
     */
    private static int sketchDifferences(long[] sketches, int offset, long[] query) {
        int different = 0;
        for (int word = 0; word < SKETCH_LONGS; word++) {
            long x = sketches[offset + word] ^ query[word];
            different += Long.bitCount((x | x >>> 1 | x >>> 2 | x >>> 3) & NIBBLE_LOW_BITS);
        }
        return different;
    }
}
