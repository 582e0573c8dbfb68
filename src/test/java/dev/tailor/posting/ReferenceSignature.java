package dev.tailor.posting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DuplicateIndex#signature} as it was first written, with a regex and substrings. Signatures are stored
 * and compared with new ones, so the faster version must give the same values for every text: the tests hold it
 * to this one.
 */
final class ReferenceSignature {
    private static final int SIGNATURE_SIZE = 128;
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ReferenceSignature() {
    }

    /** The words the regex finds in the text, as the first version split them. */
    static List<String> words(String lowerCaseText) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(lowerCaseText);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static long[] signature(String text) {
        List<String> words = words(text.toLowerCase(Locale.ROOT));
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

    private static long mix(long value) {
        long hash = value;
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }

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
