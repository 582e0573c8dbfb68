package dev.tailor.posting;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Checks on a file's raw bytes before any parsing: encoding, NUL bytes, blankness. Every posting's bytes pass
 * through here, so the scans look at eight bytes at a time where they can.
 */
final class ByteChecks {
    /** What old Windows tools saved pages in; the reader's guess for bytes that are not UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final int BLOCK_BYTES = 4 * Long.BYTES;

    private ByteChecks() {
    }

    /**
     * Whether the bytes are well-formed UTF-8. A hand-written check: a {@code CharsetDecoder} builds the whole
     * text to answer, which cost more than parsing the page.
     */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            // Pages are mostly ASCII: eight bytes without a high bit are passed over at once.
            if (i + Long.BYTES <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            if ((bytes[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int following = followingBytes(bytes, i);
            if (following < 0) {
                return false;
            }
            i += following + 1;
        }
        return true;
    }

    /** What one pass over a file's bytes tells: whether any is NUL, and whether they are well-formed UTF-8. */
    record Scan(boolean containsNul, boolean isUtf8) {
    }

    /**
     * {@link #containsNul} and {@link #isUtf8} in one pass: every page's bytes are checked for both, and the
     * second pass cost as much as the first. Eight bytes that are all ASCII and none NUL are passed over at once.
     */
    static Scan scan(byte[] bytes) {
        boolean nul = false;
        boolean utf8 = true;
        int i = 0;
        while (i < bytes.length) {
            i = skipPlainAscii(bytes, i);
            if (i >= bytes.length) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                nul |= b == 0;
                i++;
                continue;
            }
            int following = utf8 ? followingBytes(bytes, i) : 0;
            if (following < 0) {
                utf8 = false;
                following = 0;
            }
            i += following + 1;
        }
        return new Scan(nul, utf8);
    }

    /**
     * The index of the first byte from {@code i} on that may be NUL or not ASCII, give or take the rest of its word:
     * pages are nearly all ASCII, passed over 32 bytes (then 8) at a time.
     */
    private static int skipPlainAscii(byte[] bytes, int i) {
        while (i + BLOCK_BYTES <= bytes.length) {
            long a = (long) LONGS.get(bytes, i);
            long b = (long) LONGS.get(bytes, i + Long.BYTES);
            long c = (long) LONGS.get(bytes, i + 2 * Long.BYTES);
            long d = (long) LONGS.get(bytes, i + 3 * Long.BYTES);
            if (!isPlainAscii(a | (a - LOW_BITS) | b | (b - LOW_BITS) | c | (c - LOW_BITS) | d | (d - LOW_BITS))) {
                break;
            }
            i += BLOCK_BYTES;
        }
        while (i + Long.BYTES <= bytes.length) {
            long word = (long) LONGS.get(bytes, i);
            if (!isPlainAscii(word | (word - LOW_BITS))) {
                break;
            }
            i += Long.BYTES;
        }
        return i;
    }

    /**
     * Whether {@code word | (word - 0x0101...)}, for one word or several or-ed, has no high bit: no byte at or over
     * 0x80, and (for bytes below 0x80) no borrow into one, which only a zero byte makes. Eight ASCII bytes, none NUL.
     */
    private static boolean isPlainAscii(long wordOrBorrow) {
        return (wordOrBorrow & HIGH_BITS) == 0;
    }

    /** How many continuation bytes the lead byte at {@code i} takes, all present and well-formed; -1 when not. */
    private static int followingBytes(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int following;
        if (b >= 0xC2 && b <= 0xDF) {
            following = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            following = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            following = 3;
        } else {
            return -1;
        }
        for (int k = 1; k <= following; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return following;
    }

    static boolean isUtf16(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    /** Whether the bytes hold nothing but ASCII white space and a UTF-8 byte order mark. */
    static boolean isBlank(byte[] bytes) {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\n' && bytes[i] != '\r' && bytes[i] != '\t' && bytes[i] != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Whether any byte is NUL; eight bytes are tested at once, as the whole file is scanned. */
    static boolean containsNul(byte[] bytes) {
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            // The classic test for a zero byte in a word: only a zero byte borrows into its own high bit.
            if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                return true;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8, unless a byte order mark says UTF-16 (a UTF-8 BOM is dropped), or Windows-1252 when not valid UTF-8. */
    static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        if (offset == 0 && !isUtf8(bytes)) {
            charset = WINDOWS_1252;
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
