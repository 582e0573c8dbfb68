package dev.tailor.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers and content hashes for postings. */
public final class PostingIds {
    /** Hex characters kept from the source hash: 48 bits, so a collision needs ~16 million postings. */
    private static final int ID_LENGTH = 12;
    /**
     * One digest a thread, reset by each digest(): looking SHA-256 up among the security providers cost more than
     * hashing a small file, and every posting is hashed twice (its source for the id, its bytes for the content).
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(PostingIds::newSha256);

    private PostingIds() {
    }

    /** The stable id of a posting: the same source always gets the same id, across runs and machines. */
    public static String idOf(String source) {
        return sha256(source.getBytes(StandardCharsets.UTF_8)).substring(0, ID_LENGTH);
    }

    /** SHA-256 of the bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA_256.get().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
