package dev.tailor.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * File names for snapshots: readable (host and path), safe on every file system, and the same on every run
 * for the same URL, so a re-fetch replaces its own snapshot instead of adding a copy. A short hash of the
 * whole URL keeps two URLs apart when their readable parts are alike (query strings, long paths).
 */
final class SnapshotNames {
    private static final int MAX_SLUG = 80;
    private static final int HASH_CHARS = 8;

    private SnapshotNames() {
    }

    /** E.g. {@code jobs.example.com-careers-backend-engineer-3f9a1c2b.html}. */
    static String forUrl(URI uri, ContentKind kind) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String slug = slug(host + "-" + stripExtension(path));
        return slug + "-" + hash(normalize(uri)) + extension(kind, path);
    }

    /** E.g. {@code greenhouse-acme-4012345-1b2c3d4e.json}: named by the board and job, whatever the API's address. */
    static String forBoardJob(String provider, String slug, String jobId) {
        return slug(provider + "-" + slug + "-" + jobId) + "-" + hash(provider + ":" + slug + ":" + jobId) + ".json";
    }

    /**
     * The URL as one key for the sidecar and the hash: scheme and host in lower case, default port and
     * fragment dropped (a fragment never reaches the server).
     */
    static String normalize(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String extension(ContentKind kind, String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        // a raw Markdown file served as text/plain keeps its front matter meaning for the reader
        if (kind == ContentKind.TEXT && (lower.endsWith(".md") || lower.endsWith(".markdown"))) {
            return ".md";
        }
        return kind.extension();
    }

    private static String stripExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(0, dot) : path;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
        }
        return slug.isEmpty() ? "page" : slug;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
