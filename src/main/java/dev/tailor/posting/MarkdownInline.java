package dev.tailor.posting;

import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/** Strips Markdown inline syntax (emphasis, code, links, images, inline HTML) down to the plain text. */
final class MarkdownInline {
    // Every span is bounded ({1,300}, [^...]) so that a line full of unclosed markers stays linear to strip.
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,300})]\\([^)\\s]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})]\\([^)\\s]{0,2000}(?:\\s+\"[^\"]{0,300}\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\n]{1,300})]\\[[^\\]\\n]{0,300}]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]{1,2000})>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,500}>");
    private static final Pattern CODE = Pattern.compile("`{1,3}([^`]{1,300})`{1,3}");
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=[^\\s*])([^*]{1,300}?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDERSCORES = Pattern.compile("__(?=[^\\s_])([^_]{1,300}?)(?<=\\S)__");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=[^\\s*])([^*]{1,300}?)(?<=\\S)\\*");
    /** Underscores only at word edges: snake_case_names stay as written. */
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])_(?=[^\\s_])([^_]{1,300}?)(?<=\\S)_(?![\\p{L}\\p{N}])");
    private static final Pattern STRIKE = Pattern.compile("~~([^~]{1,300})~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern WHOLE_STRONG = Pattern.compile("^(?:\\*\\*[^*]{1,300}\\*\\*|__[^_]{1,300}__):?$");

    private MarkdownInline() {
    }

    /** The line's plain text. */
    static String plain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = STRONG_STARS.matcher(text).replaceAll("$1");
        text = STRONG_UNDERSCORES.matcher(text).replaceAll("$1");
        text = EMPHASIS_STAR.matcher(text).replaceAll("$1");
        text = EMPHASIS_UNDERSCORE.matcher(text).replaceAll("$1");
        text = STRIKE.matcher(text).replaceAll("$1");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return TextNormalizer.inline(Parser.unescapeEntities(text, false));
    }

    /** Whether the whole line is bold ("**What you'll do**"), which marks a heading-like line. */
    static boolean isWholeStrong(String markdown) {
        return WHOLE_STRONG.matcher(markdown.strip()).matches();
    }
}
