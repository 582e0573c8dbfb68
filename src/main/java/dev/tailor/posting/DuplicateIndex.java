package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds postings already seen that a new one duplicates: the same posting saved twice, or found on two boards.
 * Two postings are the same when their addresses match after {@link PostingUrls normalisation}, or when their
 * texts are near-identical: the share of word 3-shingles they have in common (their Jaccard resemblance,
 * estimated by a {@value #SIGNATURE_SIZE}-hash MinHash) is at least {@link #MIN_RESEMBLANCE}. Not thread-safe:
 * one index serves one run, in the run's order.
 */
public final class DuplicateIndex {
    /**
     * The resemblance from which two texts are one posting. A posting saved from two boards keeps most of its
     * shingles: chrome lines added and a word changed leave 0.85 or more in the corpus. Distinct postings
     * of one company sharing its boilerplate (nine Vercel postings in the evaluation corpus) stay under 0.5.
     * A change to when postings are duplicates must come with a new letter logic version (InputsLoader): a run
     * trusts what the last run decided for postings that did not change since (see {@link #addKnownDistinct}).
     */
    public static final double MIN_RESEMBLANCE = 0.7;
    /** Below this many words a text is too short for its shingles to say anything. */
    static final int MIN_WORDS = 40;
    static final int SIGNATURE_SIZE = 128;
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Each hash function's offset, {@code GOLDEN * (k + 1)} for function k: computed once, not per shingle. */
    private static final long[] SEEDS = seeds();

    /** Why a posting is a duplicate of an earlier one. */
    public enum Kind {
        SAME_URL("the same address"),
        SAME_TEXT("near-identical text");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How a reason names it: "the same address", "near-identical text". */
        public String words() {
            return words;
        }
    }

    /**
     * The earlier posting a new one duplicates.
     *
     * @param id     the earlier posting's id
     * @param source the earlier posting's source
     * @param kind   what matched
     */
    public record Match(String id, String source, Kind kind) {
    }

    private final Map<String, DuplicateKey> byUrl = new HashMap<>();
    /** The postings with a comparable text, in the order added; {@link #bands} finds them by signature. */
    private final List<DuplicateKey> byText = new ArrayList<>();
    private final SignatureBands bands = new SignatureBands();

    /**
     * The earlier posting this one duplicates, if any; else the posting is remembered and nothing is returned.
     * A posting never duplicates itself (the same id seen again, e.g. in a later run, is the same posting).
     */
    public Optional<Match> add(Posting posting) {
        return add(DuplicateKey.of(Objects.requireNonNull(posting, "posting")));
    }

    /** As {@link #add(Posting)}, for a posting known by its key (kept from an earlier run, not parsed again). */
    public Optional<Match> add(DuplicateKey key) {
        Objects.requireNonNull(key, "key");
        if (key.url() != null) {
            DuplicateKey same = byUrl.get(key.url());
            if (same != null && !same.id().equals(key.id())) {
                return Optional.of(new Match(same.id(), same.source(), Kind.SAME_URL));
            }
        }
        if (key.signature() != null) {
            int first = bands.firstResembling(key.signature(), MIN_RESEMBLANCE,
                    index -> byText.get(index).id().equals(key.id()));
            if (first >= 0) {
                DuplicateKey earlier = byText.get(first);
                return Optional.of(new Match(earlier.id(), earlier.source(), Kind.SAME_TEXT));
            }
        }
        remember(key);
        return Optional.empty();
    }

    /**
     * Remembers a posting the caller knows to duplicate none of those added before it, without looking: what
     * {@link #add(DuplicateKey)} does for such a posting, less the search, which is most of its cost when many
     * postings share a company's boilerplate.
     */
    public void addKnownDistinct(DuplicateKey key) {
        remember(Objects.requireNonNull(key, "key"));
    }

    private void remember(DuplicateKey key) {
        if (key.signature() != null) {
            bands.add(key.signature());
            // The bands hold the signature; the key is kept without it, to keep 50,000 postings small.
            byText.add(new DuplicateKey(key.id(), key.source(), key.url(), null));
        }
        if (key.url() != null) {
            byUrl.putIfAbsent(key.url(), key);
        }
    }

    /** The MinHash signature of the text's lower-case word 3-shingles: one minimum per hash function. */
    static long[] signature(String text) {
        // The whole text, as the first version did, not word by word: stored signatures must not change, and
        // lower-casing depends on context and can change a text's length (U+0130 becomes two chars).
        String lower = text.toLowerCase(Locale.ROOT);
        WordSpans words = WordSpans.of(lower);
        long[] minimums = new long[SIGNATURE_SIZE];
        Arrays.fill(minimums, Long.MAX_VALUE);
        long[] hashes = new long[SIGNATURE_SIZE];
        for (int first = 0; first + SHINGLE <= words.count(); first++) {
            hashAll(words.shingleHash(lower, first), hashes);
            keepMinimums(hashes, minimums);
        }
        return minimums;
    }

    /**
     * The shingle under each hash function. A loop of its own, with no branch, so that C2 can compile it to
     * vector instructions (on CPUs with 64-bit vector multiplies): it is most of the signature's cost.
     */
    private static void hashAll(long shingle, long[] hashes) {
        for (int k = 0; k < SIGNATURE_SIZE; k++) {
            hashes[k] = mix(shingle + SEEDS[k]);
        }
    }

    private static void keepMinimums(long[] hashes, long[] minimums) {
        for (int k = 0; k < SIGNATURE_SIZE; k++) {
            if (hashes[k] < minimums[k]) {
                minimums[k] = hashes[k];
            }
        }
    }

    /** The estimated Jaccard resemblance of two texts: the share of hash functions whose minimums agree. */
    static double resemblance(long[] first, long[] second) {
        int same = 0;
        for (int k = 0; k < SIGNATURE_SIZE; k++) {
            if (first[k] == second[k]) {
                same++;
            }
        }
        return (double) same / SIGNATURE_SIZE;
    }

    private static long[] seeds() {
        long[] seeds = new long[SIGNATURE_SIZE];
        for (int k = 0; k < SIGNATURE_SIZE; k++) {
            seeds[k] = GOLDEN * (k + 1);
        }
        return seeds;
    }

    /** A 64-bit finaliser (MurmurHash3's): spreads each input bit over every output bit. */
    private static long mix(long value) {
        long hash = value;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }

    /**
     * Where the words of a lower-cased text are: a word is a maximal run of letters and numbers (Unicode
     * categories L and N, as {@code [\p{L}\p{N}]+} finds them), kept as offsets rather than substrings.
     *
     * @param bounds each word's start (even index) and end (odd index, exclusive)
     * @param count  how many words there are
     */
    private record WordSpans(int[] bounds, int count) {
        /** The categories of {@code \p{L}} and {@code \p{N}}, one bit per {@link Character#getType} value. */
        private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
                | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
                | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

        static WordSpans of(String text) {
            int[] bounds = new int[256];
            int count = 0;
            int at = 0;
            while (at < text.length()) {
                int codePoint = text.codePointAt(at);
                if (!isWordPart(codePoint)) {
                    at += Character.charCount(codePoint);
                    continue;
                }
                int start = at;
                at = endOfWord(text, at);
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = start;
                bounds[2 * count + 1] = at;
                count++;
            }
            return new WordSpans(bounds, count);
        }

        private static int endOfWord(String text, int start) {
            int at = start;
            while (at < text.length()) {
                int codePoint = text.codePointAt(at);
                if (!isWordPart(codePoint)) {
                    break;
                }
                at += Character.charCount(codePoint);
            }
            return at;
        }

        /** Whether the regex's {@code [\p{L}\p{N}]} matches the code point; ASCII, most of a text, is quick. */
        private static boolean isWordPart(int codePoint) {
            if (codePoint < 0x80) {
                return codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9'
                        || codePoint >= 'A' && codePoint <= 'Z';
            }
            return (WORD_TYPES >>> Character.getType(codePoint) & 1) != 0;
        }

        /** FNV-1a over the UTF-16 chars of the shingle's words, each followed by a space. */
        long shingleHash(String text, int first) {
            long hash = FNV_OFFSET;
            for (int word = first; word < first + SHINGLE; word++) {
                for (int at = bounds[2 * word]; at < bounds[2 * word + 1]; at++) {
                    hash ^= text.charAt(at);
                    hash *= FNV_PRIME;
                }
                hash ^= ' ';
                hash *= FNV_PRIME;
            }
            return hash;
        }
    }
}
