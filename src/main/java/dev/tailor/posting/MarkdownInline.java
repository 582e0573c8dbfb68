package dev.tailor.posting;

import java.util.regex.Pattern;

/** Strips Markdown inline syntax (emphasis, code, links, images, inline HTML) down to the plain text. */
final class MarkdownInline {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    /** Underscores only at word edges: snake_case_names stay as written. */
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern WHOLE_STRONG = Pattern.compile("^(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1:?$");

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
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS_STAR.matcher(text).replaceAll("$1");
        text = EMPHASIS_UNDERSCORE.matcher(text).replaceAll("$1");
        text = STRIKE.matcher(text).replaceAll("$1");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return TextNormalizer.inline(org.jsoup.parser.Parser.unescapeEntities(text, false));
    }

    /** Whether the whole line is bold ("**What you'll do**"), which marks a heading-like line. */
    static boolean isWholeStrong(String markdown) {
        return WHOLE_STRONG.matcher(markdown.strip()).matches();
    }
}
