package dev.tailor.posting;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a description given as a string, as JSON-LD and APIs give it: HTML, HTML whose tags are
 * entity-encoded ("&amp;lt;p&amp;gt;"), or plain text with line breaks.
 */
final class DescriptionMarkup {
    /** A tag's start and end; "[^<>]" keeps the search linear on text full of stray '<'. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENCODED_TAG = Pattern.compile("&lt;/?[a-zA-Z][a-zA-Z0-9]*(?:\\s|/?&gt;)");
    /** Encoded twice ("&amp;lt;p&amp;gt;") is seen in the wild; more than that is not. */
    private static final int MAX_DECODINGS = 3;

    private DescriptionMarkup() {
    }

    /** The description's blocks; empty for a missing description. */
    static List<TextBlock> blocks(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        String markup = description;
        for (int i = 0; i < MAX_DECODINGS && !hasTag(markup) && markup.contains("&"); i++) {
            if (!ENCODED_TAG.matcher(markup).find() && !markup.contains("&amp;lt;")) {
                break;
            }
            markup = Parser.unescapeEntities(markup, false);
        }
        if (hasTag(markup)) {
            return HtmlBlocks.of(Jsoup.parseBodyFragment(markup).body());
        }
        return PlainTextBlocks.parse(Parser.unescapeEntities(markup, false));
    }

    /** Whether the text holds a tag; text without a '<' is not searched with the pattern. */
    private static boolean hasTag(String markup) {
        return markup.indexOf('<') >= 0 && TAG.matcher(markup).find();
    }
}
