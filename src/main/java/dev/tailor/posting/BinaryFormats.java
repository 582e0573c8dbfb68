package dev.tailor.posting;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Recognises the binary files people drop into a postings folder by mistake (a PDF or Word copy of the
 * posting, a screenshot) by their magic numbers, so that the reason names what the file is.
 */
final class BinaryFormats {
    private static final Map<String, byte[]> MAGIC = Map.of(
            "a PDF document", "%PDF".getBytes(StandardCharsets.US_ASCII),
            "a ZIP archive or Office document", new byte[] {'P', 'K', 3, 4},
            "a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII),
            "an old Word or Excel document", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    private BinaryFormats() {
    }

    /** Fails with a reason naming the format when the bytes are one of the binary formats above. */
    static void refuse(byte[] bytes, String source) throws PostingParseException {
        for (Map.Entry<String, byte[]> entry : MAGIC.entrySet()) {
            if (startsWith(bytes, entry.getValue())) {
                throw new PostingParseException(source, "the file is binary, not text: it is " + entry.getKey());
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
