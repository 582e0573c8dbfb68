package dev.tailor.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link the workbook may safely carry: a web page ({@code http}/{@code https}) or a file below the workbook's
 * folder. Anything else ({@code javascript:}, {@code file:}, absolute paths, {@code ..}) stays text, because a
 * click in a spreadsheet should never run code or open files elsewhere on the machine.
 *
 * @param address the address to link to, percent-encoded where a URI needs it; it never contains a double quote
 */
record LinkTarget(String address) {

    /**
     * Excel's limit on a string inside a formula, and so on a {@code HYPERLINK()} address; a longer address stays
     * text.
     */
    static final int MAX_ADDRESS_CHARS = 255;

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

    private static boolean linkable(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_ADDRESS_CHARS
                && text.equals(text.strip()) && text.chars().noneMatch(Character::isISOControl);
    }
}
