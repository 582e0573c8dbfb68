package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The bands answer what counting every pair of texts answers: the first earlier text that shares at least
 * {@value SignatureBands#MIN_BANDS} band values with the new one and resembles it enough. The texts are drawn
 * like postings of a few employers, whose boilerplate makes some band values shared by hundreds of texts: the
 * values the bands keep as bitsets (from fewer texts in some tests, so that most values are).
 */
class SignatureBandsTest {
    private static final double MIN = DuplicateIndex.MIN_RESEMBLANCE;

    @Test
    void findsWhatCountingEveryPairFinds() {
        assertSameAsCountingEveryPair(SignatureBands.HOT_SIZE, texts(2_000, 11), index -> false);
    }

    @Test
    void findsWhatCountingEveryPairFindsWhenMostValuesAreBitsets() {
        assertSameAsCountingEveryPair(2, texts(1_200, 12), index -> false);
    }

    @Test
    void skipsTheExcludedTextsAsCountingEveryPairDoes() {
        assertSameAsCountingEveryPair(3, texts(900, 13), index -> index % 3 == 0);
    }

    @Test
    void countsAValueTwiceWhenTwoBandsOfAnEarlierTextHaveIt() {
        // Two bands of one text with one value (about once in ten million texts): the new text shares that value
        // on one band only, yet counts as sharing two, as it always did, and is compared.
        int[] doubled = twoBandsAlike(new SplittableRandom(14));
        for (int hotSize : new int[] {1, SignatureBands.HOT_SIZE}) {
            SignatureBands bands = new SignatureBands(hotSize);
            bands.add(widen(doubled));
            assertThat(bands.firstResembling(widen(sharingOnlyTheFirstBand(doubled)), MIN, index -> false))
                    .as("bitset from %d texts", hotSize).isZero();
        }
    }

    @Test
    void doesNotCompareATextThatSharesOneBandOnly() {
        int[] plain = twoBandsAlike(new SplittableRandom(14));
        plain[SignatureBands.ROWS] ^= 1;
        for (int hotSize : new int[] {1, SignatureBands.HOT_SIZE}) {
            SignatureBands bands = new SignatureBands(hotSize);
            bands.add(widen(plain));
            // 98 of 128 minimums agree, more than enough, but the bands never put the two side by side
            assertThat(bands.firstResembling(widen(sharingOnlyTheFirstBand(plain)), MIN, index -> false))
                    .as("bitset from %d texts", hotSize).isEqualTo(-1);
        }
    }

    /** A copy with one minimum changed in every band but the first: 30 or 31 of 128 differ. */
    private static int[] sharingOnlyTheFirstBand(int[] signature) {
        int[] copy = signature.clone();
        for (int band = 1; band < SignatureBands.BANDS; band++) {
            int row = band * SignatureBands.ROWS + band % SignatureBands.ROWS;
            if (copy[row] == signature[row]) {
                copy[row] = ~copy[row];
            }
        }
        return copy;
    }

    /** Texts of 5 employers, each taking a share of its rows from the employer's boilerplate; some saved twice. */
    private static List<long[]> texts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] boilerplate = {0.3, 0.5, 0.65, 0.8, 0.93};
        long[][] employers = new long[boilerplate.length][];
        for (int e = 0; e < employers.length; e++) {
            employers[e] = randomSignature(random);
        }
        List<long[]> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 10 && random.nextInt(10) == 0) {
                // a copy of an earlier text, with up to 40 of its 128 minimums changed
                long[] copy = texts.get(random.nextInt(texts.size())).clone();
                for (int changed = random.nextInt(41); changed > 0; changed--) {
                    copy[random.nextInt(copy.length)] = random.nextLong();
                }
                texts.add(copy);
                continue;
            }
            int employer = random.nextInt(employers.length);
            long[] text = randomSignature(random);
            for (int row = 0; row < text.length; row++) {
                if (random.nextDouble() < boilerplate[employer]) {
                    text[row] = employers[employer][row];
                }
            }
            texts.add(text);
        }
        return texts;
    }

    private static void assertSameAsCountingEveryPair(int hotSize, List<long[]> texts, IntPredicate excluded) {
        SignatureBands bands = new SignatureBands(hotSize);
        List<int[]> values = new ArrayList<>();
        int found = 0;
        int comparedButDifferent = 0;
        Map<Integer, Integer> sharedBy = new HashMap<>();
        for (long[] text : texts) {
            int[] mine = values(text);
            int expected = -1;
            for (int earlier = 0; earlier < values.size() && expected < 0; earlier++) {
                if (sharedBands(values.get(earlier), mine) >= SignatureBands.MIN_BANDS && !excluded.test(earlier)) {
                    if (DuplicateIndex.resemblance(texts.get(earlier), text) >= MIN) {
                        expected = earlier;
                    } else {
                        comparedButDifferent++;
                    }
                }
            }
            assertThat(bands.firstResembling(text, MIN, excluded)).as("text %d", values.size()).isEqualTo(expected);
            found += expected >= 0 ? 1 : 0;
            bands.add(text);
            values.add(mine);
            for (int value : mine) {
                sharedBy.merge(value, 1, Integer::sum);
            }
        }
        // the data reach every path: texts found, texts compared and set aside, values kept as bitsets
        assertThat(found).isGreaterThan(texts.size() / 20);
        assertThat(comparedButDifferent).isGreaterThan(texts.size());
        assertThat(sharedBy.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThanOrEqualTo(hotSize);
    }

    /** How many of the new text's band values an earlier text has, each counted as often as it has it. */
    private static int sharedBands(int[] earlier, int[] mine) {
        int shared = 0;
        for (int value : mine) {
            for (int other : earlier) {
                if (other == value) {
                    shared++;
                }
            }
        }
        return shared;
    }

    private static int[] values(long[] signature) {
        int[] compact = SignatureBands.compact(signature);
        int[] values = new int[SignatureBands.BANDS];
        for (int band = 0; band < values.length; band++) {
            values[band] = SignatureBands.bandHash(compact, band);
        }
        return values;
    }

    private static long[] randomSignature(SplittableRandom random) {
        long[] signature = new long[DuplicateIndex.SIGNATURE_SIZE];
        for (int row = 0; row < signature.length; row++) {
            signature[row] = random.nextLong();
        }
        return signature;
    }

    /**
     * A signature (as 32-bit values) whose first two bands have the same value: the second band's rows are searched
     * for until they hash as the first band's do.
     */
    private static int[] twoBandsAlike(SplittableRandom random) {
        int[] signature = new int[DuplicateIndex.SIGNATURE_SIZE];
        for (int row = 0; row < signature.length; row++) {
            signature[row] = random.nextInt();
        }
        // bandHash is invertible in a band's last row: solve for the row that gives band 1 band 0's value
        int mixed = SignatureBands.bandHash(signature, 0);
        int spread = mixed ^ (mixed >>> 15) ^ (mixed >>> 30);
        int beforeSpread = spread * inverse(0x85EBCA6B) ^ 0x9E3779B9;
        int hash = 1;
        for (int row = SignatureBands.ROWS; row < 2 * SignatureBands.ROWS - 1; row++) {
            hash = 31 * hash + signature[row];
        }
        signature[2 * SignatureBands.ROWS - 1] = beforeSpread - 31 * hash;
        assertThat(SignatureBands.bandHash(signature, 1)).isEqualTo(mixed);
        return signature;
    }

    /** The inverse of an odd number modulo 2^32 (Newton's iteration doubles the correct bits each step). */
    private static int inverse(int odd) {
        int inverse = odd;
        for (int step = 0; step < 5; step++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }

    private static long[] widen(int[] signature) {
        long[] wide = new long[signature.length];
        for (int row = 0; row < signature.length; row++) {
            wide[row] = signature[row];
        }
        return wide;
    }
}
