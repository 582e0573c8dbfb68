package dev.tailor.posting;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DuplicateIndex} needs to know of a posting: its id, its source, its normalised address and the
 * MinHash signature of its text. Small enough to be kept beside the posting's row, so that an unchanged posting
 * takes part in the next run's duplicate check without being parsed again.
 *
 * @param id        the posting's id
 * @param source    where the posting was read from
 * @param url       the posting's normalised address, or null when it has none
 * @param signature the MinHash signature of the text ({@value DuplicateIndex#SIGNATURE_SIZE} values), or null
 *                  when the text is too short for its shingles to say anything
 */
public record DuplicateKey(String id, String source, @Nullable String url, long @Nullable [] signature) {
    public DuplicateKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if (signature != null && signature.length != DuplicateIndex.SIGNATURE_SIZE) {
            throw new IllegalArgumentException("a signature has " + DuplicateIndex.SIGNATURE_SIZE + " values, not "
                    + signature.length);
        }
    }

    /** The key of a parsed posting. */
    public static DuplicateKey of(Posting posting) {
        boolean comparable = TextNormalizer.wordCount(posting.text()) >= DuplicateIndex.MIN_WORDS;
        return new DuplicateKey(posting.id(), posting.source(), posting.url(),
                comparable ? DuplicateIndex.signature(posting.text()) : null);
    }

    /** The signature as bytes (big-endian longs) for storage, or null when there is none. */
    public byte @Nullable [] signatureBytes() {
        if (signature == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
        buffer.asLongBuffer().put(signature);
        return buffer.array();
    }

    /** A signature stored by {@link #signatureBytes()}; null stays null. */
    public static long @Nullable [] signatureOf(byte @Nullable [] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length != DuplicateIndex.SIGNATURE_SIZE * Long.BYTES) {
            throw new IllegalArgumentException("a stored signature has " + DuplicateIndex.SIGNATURE_SIZE * Long.BYTES
                    + " bytes, not " + bytes.length);
        }
        long[] signature = new long[DuplicateIndex.SIGNATURE_SIZE];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }
}
