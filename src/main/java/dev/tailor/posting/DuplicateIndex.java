package dev.tailor.posting;

import java.util.ArrayList;
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
 * texts are near-identical: the 64-bit SimHashes of their word 3-shingles differ in at most
 * {@link #MAX_DISTANCE} bits. Not thread-safe: one index serves one run, in the run's order.
 */
public final class DuplicateIndex {
    /**
     * Bits two SimHashes may differ in for near-identical texts. A posting saved from two boards differs by
     * chrome left in, a changed line or two: a few bits. Distinct postings of one company sharing its
     * boilerplate (nine Vercel postings in the evaluation corpus) differ in 14 bits or more.
     */
    public static final int MAX_DISTANCE = 3;
    /** Below this many words a text is too short for its hash to say anything. */
    static final int MIN_WORDS = 40;
    private static final int SHINGLE = 3;
    private static final int BITS = 64;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
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

    private record Entry(String id, String source, long simHash) {
    }

    private final Map<String, Entry> byUrl = new HashMap<>();
    private final List<Entry> byText = new ArrayList<>();

    /**
     * The earlier posting this one duplicates, if any; else the posting is remembered and nothing is returned.
     * A posting never duplicates itself (the same id seen again, e.g. in a later run, is the same posting).
     */
    public Optional<Match> add(Posting posting) {
        Objects.requireNonNull(posting, "posting");
        long hash = simHash(posting.text());
        boolean hashable = TextNormalizer.wordCount(posting.text()) >= MIN_WORDS;
        if (posting.url() != null) {
            Entry same = byUrl.get(posting.url());
            if (same != null && !same.id().equals(posting.id())) {
                return Optional.of(new Match(same.id(), same.source(), Kind.SAME_URL));
            }
        }
        if (hashable) {
            for (Entry entry : byText) {
                if (!entry.id().equals(posting.id()) && Long.bitCount(entry.simHash() ^ hash) <= MAX_DISTANCE) {
                    return Optional.of(new Match(entry.id(), entry.source(), Kind.SAME_TEXT));
                }
            }
        }
        Entry entry = new Entry(posting.id(), posting.source(), hash);
        if (posting.url() != null) {
            byUrl.putIfAbsent(posting.url(), entry);
        }
        if (hashable) {
            byText.add(entry);
        }
        return Optional.empty();
    }

    /** The SimHash of the text's lower-case word 3-shingles: near-identical texts get hashes a few bits apart. */
    static long simHash(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        int[] votes = new int[BITS];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long hash = fnv(words.get(i), words.get(i + 1), words.get(i + 2));
            for (int bit = 0; bit < BITS; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long simHash = 0;
        for (int bit = 0; bit < BITS; bit++) {
            if (votes[bit] > 0) {
                simHash |= 1L << bit;
            }
        }
        return simHash;
    }

    /** FNV-1a over the shingle's words, then a final mix so that similar shingles spread over all bits. */
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
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
