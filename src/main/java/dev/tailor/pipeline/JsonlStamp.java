package dev.tailor.pipeline;

import dev.tailor.report.JsonlExporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What identifies a postings.jsonl: the exporter's line format and the SHA-256 of the file's bytes. A file whose
 * stamp is the one a run recorded is byte for byte what that run wrote, in the format this version writes.
 */
final class JsonlStamp {
    private JsonlStamp() {
    }

    /** The stamp of a file just written in the current format, whose bytes hash to {@code sha256}. */
    static String of(String sha256) {
        return JsonlExporter.FORMAT + " " + sha256;
    }

    /** The stamp of {@code file} as it is on disk, or empty when there is no such file. */
    static Optional<String> ofFile(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // read a block at a time: the file is about 4 KB a posting, 200 MB at 50,000 postings
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[1 << 16];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                digest.update(block, 0, n);
            }
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        return Optional.of(of(HexFormat.of().formatHex(digest.digest())));
    }
}
