package dev.tailor.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers and content hashes for postings. */
public final class PostingIds {
    /** Hex characters kept from the source hash: 48 bits, so a collision needs ~16 million postings. */
    private static final int ID_LENGTH = 12;

    private PostingIds() {
    }

    /** The stable id of a posting: the same source always gets the same id, across runs and machines. */
    public static String idOf(String source) {
        return sha256(source.getBytes(StandardCharsets.UTF_8)).substring(0, ID_LENGTH);
    }

    /** SHA-256 of the bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
