package dev.tailor.posting;

import java.nio.charset.StandardCharsets;

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
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        for (byte[] field : DATE_FIELDS) {
            if (containsIgnoringAsciiCase(bytes, field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringAsciiCase(byte[] bytes, byte[] lowerCaseField) {
        byte first = lowerCaseField[0];
        for (int at = 0; at + lowerCaseField.length <= bytes.length; at++) {
            if (lower(bytes[at]) != first) {
                continue;
            }
            int i = 1;
            while (i < lowerCaseField.length && lower(bytes[at + i]) == lowerCaseField[i]) {
                i++;
            }
            if (i == lowerCaseField.length) {
                return true;
            }
        }
        return false;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
}
