package dev.tailor.posting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells whether reading a file again on another day could find it expired when it was open before. The readers
 * compare a closing date with today in two places: schema.org {@code validThrough} (JSON-LD and microdata) and the
 * Greenhouse API's {@code application_deadline}. A file whose bytes hold neither name cannot change its answer with
 * the date, so an unchanged copy need not be parsed again to know it. Compressed files and files in a two-byte
 * encoding cannot be searched as bytes and always count as dated.
 */
public final class DatedExpiry {
    private static final byte[][] DATE_FIELDS = {
        "validthrough".getBytes(StandardCharsets.US_ASCII),
        "application_deadline".getBytes(StandardCharsets.US_ASCII)};

    private DatedExpiry() {
    }

    /** Whether the file's expiry may depend on the day it is read. */
    public static boolean mayDependOnTheDate(byte[] bytes) {
        // gzip's magic number; a NUL byte means a two-byte encoding (or binary), whose ASCII names are not bytes.
        if (ByteChecks.startsWith(bytes, 0x1f, 0x8b) || ByteChecks.containsNul(bytes)) {
            return true;
        }
        for (byte[] field : DATE_FIELDS) {
            if (containsIgnoringAsciiCase(bytes, field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Boyer-Moore-Horspool over ASCII-folded bytes: most positions are skipped by the field's length, which
     * matters as every unchanged posting of a nightly run (tens of kilobytes each) is searched twice.
     */
    private static boolean containsIgnoringAsciiCase(byte[] bytes, byte[] lowerCaseField) {
        int last = lowerCaseField.length - 1;
        int[] shift = new int[256];
        Arrays.fill(shift, lowerCaseField.length);
        for (int i = 0; i < last; i++) {
            shift[lowerCaseField[i] & 0xff] = last - i;
        }
        int at = 0;
        while (at + last < bytes.length) {
            byte end = lower(bytes[at + last]);
            if (end == lowerCaseField[last]) {
                int i = last - 1;
                while (i >= 0 && lower(bytes[at + i]) == lowerCaseField[i]) {
                    i--;
                }
                if (i < 0) {
                    return true;
                }
            }
            at += shift[end & 0xff];
        }
        return false;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
}
