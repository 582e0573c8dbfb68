package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

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
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        long[] minimums = new long[SIGNATURE_SIZE];
        Arrays.fill(minimums, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long shingle = fnv(words.get(i), words.get(i + 1), words.get(i + 2));
            for (int k = 0; k < SIGNATURE_SIZE; k++) {
                long hash = mix(shingle + GOLDEN * (k + 1));
                if (hash < minimums[k]) {
                    minimums[k] = hash;
                }
            }
        }
        return minimums;
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

    /** FNV-1a over the shingle's words. */
    private static long fnv(String... words) {
        long hash = FNV_OFFSET;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                hash ^= word.charAt(i);
                hash *= FNV_PRIME;
            }
            hash ^= ' ';
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
