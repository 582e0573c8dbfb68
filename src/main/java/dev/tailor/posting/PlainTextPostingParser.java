package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text posting convention: the first non-empty line is the title; header lines
 * ("Company: ...", "Location: ...", "Remote: yes|no|hybrid", "Employment type: ...", "Posted: YYYY-MM-DD")
 * follow up to the first blank line; the rest is the description.
 */
final class PlainTextPostingParser {
    /** "Engineer at Acme", "Engineer — Acme", "Engineer - Acme": the company is the last part. */
    private static final Pattern TITLE_AT = Pattern.compile("^(.+)\\s+at\\s+(.+)$");
    private static final Pattern TITLE_DASH = Pattern.compile("^(.+)\\s+[—–-]\\s+(.+)$");

    PostingFields parse(String text, String source) throws PostingParseException {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int index = 0;
        while (index < lines.size() && TextNormalizer.inline(lines.get(index)).isEmpty()) {
            index++;
        }
        if (index == lines.size()) {
            throw new PostingParseException(source, "the file is empty");
        }
        String titleLine = TextNormalizer.inline(lines.get(index++));
        PostingFields fields = PostingFields.NONE;
        List<String> body = new ArrayList<>();
        for (; index < lines.size(); index++) {
            String line = TextNormalizer.inline(lines.get(index));
            if (line.isEmpty()) {
                break;
            }
            HeaderLines.Header header = HeaderLines.parse(line);
            if (header != null && header.field() != HeaderLines.Field.TITLE) {
                fields = HeaderLines.apply(fields, header.field(), header.value());
            } else {
                // Not a header after all: the description starts right under the title.
                body.add(lines.get(index));
            }
        }
        body.addAll(lines.subList(Math.min(index, lines.size()), lines.size()));

        fields = withTitle(fields, titleLine);
        if (fields.company() == null) {
            throw new PostingParseException(source,
                    "no company found: add a 'Company: ...' line under the title, or write the title as 'Title at Company'");
        }
        List<TextBlock> blocks = PlainTextBlocks.parse(String.join("\n", body));
        if (blocks.isEmpty()) {
            throw new PostingParseException(source, "the posting has no description (only a title and header lines)");
        }
        return fields.withDescription(blocks);
    }

    private static PostingFields withTitle(PostingFields fields, String titleLine) {
        if (fields.company() != null) {
            return HeaderLines.apply(fields, HeaderLines.Field.TITLE, titleLine);
        }
        for (Pattern pattern : List.of(TITLE_AT, TITLE_DASH)) {
            Matcher matcher = pattern.matcher(titleLine);
            if (matcher.matches()) {
                PostingFields titled = HeaderLines.apply(fields, HeaderLines.Field.TITLE, matcher.group(1));
                return HeaderLines.apply(titled, HeaderLines.Field.COMPANY, matcher.group(2));
            }
        }
        return HeaderLines.apply(fields, HeaderLines.Field.TITLE, titleLine);
    }
}
