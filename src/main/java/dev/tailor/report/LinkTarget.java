package dev.tailor.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link the workbook may safely carry: a web page ({@code http}/{@code https}), a file below the workbook's
 * folder, or the saved posting a row was made from. Anything else ({@code javascript:}, {@code file:}, absolute
 * paths, {@code ..} in a path tailor did not find itself) stays text, because a click in a spreadsheet should never
 * run code or open files elsewhere on the machine. Every file link is relative, so it keeps working when the whole
 * folder is moved.
 *
 * @param address the address to link to, percent-encoded where a URI needs it; it never contains a double quote
 */
record LinkTarget(String address) {

    /**
     * Excel's limit on a string inside a formula, and so on a {@code HYPERLINK()} address; a longer address stays
     * text.
     */
    static final int MAX_ADDRESS_CHARS = 255;

    /** The kinds of saved posting a row may link to: documents a browser or editor shows, nothing that runs. */
    private static final Set<String> POSTING_EXTENSIONS = Set.of("html", "htm", "txt", "md", "json");

    private static final Pattern PARENT_SEGMENT = Pattern.compile("(^|/)\\.\\.(/|$)");

    /** A link to a web page when the text is an {@code http}/{@code https} URL, else empty. */
    static Optional<LinkTarget> webPage(String text) {
        if (!linkable(text)) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            // a parseable URI has no quotes, spaces, angle brackets or control characters
            URI uri = new URI(text);
            return uri.getHost() == null ? Optional.empty() : Optional.of(new LinkTarget(text));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    /**
     * A link to a file when the text is a path relative to the workbook's folder and stays below it, else empty.
     * Backslashes count as separators, so a path written on Windows links too.
     */
    static Optional<LinkTarget> relativeFile(String text) {
        if (!linkable(text)) {
            return Optional.empty();
        }
        String path = text.replace('\\', '/');
        // a colon means a scheme (javascript:, file:, mailto:) or a drive letter (C:), never a relative path
        boolean absolute = path.startsWith("/") || path.indexOf(':') >= 0;
        if (absolute || PARENT_SEGMENT.matcher(path).find()) {
            return Optional.empty();
        }
        try {
            String encoded = new URI(null, null, path, null).getRawPath();
            return encoded.length() > MAX_ADDRESS_CHARS ? Optional.empty() : Optional.of(new LinkTarget(encoded));
        } catch (URISyntaxException notAPath) {
            return Optional.empty();
        }
    }

    /**
     * A link from the workbook's folder to the saved posting file {@code source} (relative to {@code workingDir},
     * or absolute), e.g. {@code ../data/postings/acme.html}; empty for a URL, a file type that is not a saved
     * posting, or a file that no relative path reaches (another drive).
     *
     * <p>Unlike {@link #relativeFile}, the path may climb out of the workbook's folder: the postings folder is
     * usually beside the output folder. That is safe because the source is where tailor itself found the file, not
     * text from a posting, and only document types are linked.
     */
    static Optional<LinkTarget> savedPosting(String source, Path workbookFolder, Path workingDir) {
        if (!linkable(source) || source.indexOf(':') >= 0 && !isWindowsDrivePath(source)) {
            return Optional.empty();
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !POSTING_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            Path file = workingDir.toAbsolutePath().resolve(source).normalize();
            Path relative = workbookFolder.toAbsolutePath().normalize().relativize(file);
            String path = relative.toString().replace('\\', '/');
            String encoded = new URI(null, null, path, null).getRawPath();
            return encoded.isEmpty() || encoded.length() > MAX_ADDRESS_CHARS ? Optional.empty()
                    : Optional.of(new LinkTarget(encoded));
        } catch (IllegalArgumentException | URISyntaxException noPath) {
            // InvalidPathException: not a path here; IllegalArgumentException: on another drive than the workbook
            return Optional.empty();
        }
    }

    private static boolean isWindowsDrivePath(String text) {
        return text.length() > 2 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':'
                && (text.charAt(2) == '\\' || text.charAt(2) == '/') && text.indexOf(':', 2) < 0;
    }

    private static boolean linkable(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_ADDRESS_CHARS
                && text.equals(text.strip()) && text.chars().noneMatch(Character::isISOControl);
    }
}
