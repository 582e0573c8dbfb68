package dev.tailor.posting;

/**
 * Tells, from a page's first bytes, when jsoup's own charset sniffing is bound to settle on UTF-8, so the page can be
 * parsed once with that charset named. Asked for no charset, jsoup parses the first 5,120 bytes as a document of its
 * own to read a {@code <meta charset>}, a {@code <meta http-equiv=content-type>} or an {@code <?xml encoding?>},
 * then parses the page again: a tenth of the parse, for an answer these bytes usually give.
 *
 * <p>The answer is UTF-8 for sure when the bytes start with no byte order mark and, in jsoup's window, every
 * "charset" (in any case) is followed by {@code =}, optional white space and quote, and {@code utf-8} ended by a
 * quote, {@code ;}, {@code ,}, white space, {@code >} or {@code /}; no "encoding" appears; and no character reference
 * stands for an ASCII letter (which could spell either word). Any meta jsoup may find then names UTF-8, and so does
 * none. Anything else is left to jsoup: unsure is never guessed.
 */
final class CharsetSniff {
    /** How many bytes jsoup reads for its first parse (DataUtil's {@code firstReadBufferSize}). */
    static final int JSOUP_WINDOW = 5120;
    /** Words and values that start in jsoup's window are read this far past it, to be read whole. */
    private static final int SLACK = 64;
    private static final byte[] CHARSET = {'c', 'h', 'a', 'r', 's', 'e', 't'};
    private static final byte[] ENCODING = {'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g'};
    private static final byte[] UTF_8 = {'u', 't', 'f', '-', '8'};
    private static final int DECIMAL = 10;
    private static final int HEX = 16;

    private CharsetSniff() {
    }

    /** Whether jsoup, asked to find the charset of these bytes itself, would read them as UTF-8. */
    static boolean surelyUtf8(byte[] bytes) {
        if (hasByteOrderMark(bytes)) {
            return false;
        }
        int starts = Math.min(bytes.length, JSOUP_WINDOW);
        int end = Math.min(bytes.length, JSOUP_WINDOW + SLACK);
        for (int i = 0; i < starts; i++) {
            switch (bytes[i]) {
                case 'c', 'C' -> {
                    if (wordAt(bytes, i, end, CHARSET) && !namesUtf8(bytes, i + CHARSET.length, end)) {
                        return false;
                    }
                }
                case 'e', 'E' -> {
                    if (wordAt(bytes, i, end, ENCODING)) {
                        return false;
                    }
                }
                case '&' -> {
                    if (i + 1 < end && bytes[i + 1] == '#' && referencesLetter(bytes, i + 2, end)) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** The byte order marks jsoup reads before anything else: UTF-32, UTF-16 and UTF-8. */
    private static boolean hasByteOrderMark(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
        return b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0x00 && b1 == 0x00
                || b0 == 0xEF && b1 == 0xBB && b2 == 0xBF;
    }

    /**
     * Whether the lower-case ASCII word starts at {@code at}, in any case. A word that starts in jsoup's window ends
     * before {@code end} unless the file ends first, and then it is not the word.
     */
    private static boolean wordAt(byte[] bytes, int at, int end, byte[] word) {
        if (at + word.length > end) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (lower(bytes[at + i]) != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether what follows a "charset" is {@code =}, optional white space and quote, and {@code utf-8} ended. */
    private static boolean namesUtf8(byte[] bytes, int at, int end) {
        int i = skipSpace(bytes, at, end);
        if (i >= end || bytes[i] != '=') {
            return false;
        }
        i = skipSpace(bytes, i + 1, end);
        if (i < end && (bytes[i] == '"' || bytes[i] == '\'')) {
            i++;
        }
        if (i + UTF_8.length >= end) {
            return false;
        }
        for (int k = 0; k < UTF_8.length; k++) {
            if (lower(bytes[i + k]) != UTF_8[k]) {
                return false;
            }
        }
        byte after = bytes[i + UTF_8.length];
        return after == '"' || after == '\'' || after == ';' || after == ',' || after == '>' || after == '/'
                || isSpace(after);
    }

    /** Whether the numeric character reference whose digits start at {@code at} stands for an ASCII letter. */
    private static boolean referencesLetter(byte[] bytes, int at, int end) {
        int i = at;
        int radix = DECIMAL;
        if (i < end && lower(bytes[i]) == 'x') {
            radix = HEX;
            i++;
        }
        int value = 0;
        int digits = 0;
        while (i < end && Character.digit(bytes[i], radix) >= 0 && value <= Character.MAX_CODE_POINT) {
            value = value * radix + Character.digit(bytes[i], radix);
            digits++;
            i++;
        }
        if (i >= end) {
            // The reference runs past the window: it may be anything.
            return true;
        }
        return digits > 0 && (value >= 'A' && value <= 'Z' || value >= 'a' && value <= 'z');
    }

    private static int skipSpace(byte[] bytes, int at, int end) {
        int i = at;
        while (i < end && isSpace(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }
}
