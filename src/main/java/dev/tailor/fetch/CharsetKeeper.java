package dev.tailor.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Keeps the charset a server declared in its Content-Type header, which a saved file would otherwise lose:
 * the reader knows only a byte order mark, a page's own meta charset, or UTF-8. A page in another charset that
 * declares it only in the header gets a {@code <meta charset>} in front; plain text is converted to UTF-8.
 * Pages that declare their charset themselves, and anything already UTF-8, are saved byte for byte.
 */
final class CharsetKeeper {
    /** Browsers look for a meta charset in the first 1024 bytes; so does this. */
    private static final int PRESCAN = 1024;

    private CharsetKeeper() {
    }

    static byte[] keep(ContentKind kind, byte[] body, String declared) {
        Charset charset = supported(declared);
        if (charset == null || charset.equals(StandardCharsets.UTF_8) || hasBom(body)) {
            return body;
        }
        if (kind == ContentKind.HTML) {
            String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (head.contains("charset")) {
                return body; // the page says it itself (meta charset or http-equiv), and the reader will listen
            }
            byte[] meta = ("<meta charset=\"" + charset.name() + "\">\n").getBytes(StandardCharsets.US_ASCII);
            byte[] marked = new byte[meta.length + body.length];
            System.arraycopy(meta, 0, marked, 0, meta.length);
            System.arraycopy(body, 0, marked, meta.length, body.length);
            return marked;
        }
        if (kind == ContentKind.TEXT) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString()
                        .getBytes(StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                return body; // not what the header claims: keep the bytes, the reader judges them
            }
        }
        return body; // JSON is UTF-8 by definition (RFC 8259)
    }

    private static Charset supported(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf)
                || (b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)));
    }
}
