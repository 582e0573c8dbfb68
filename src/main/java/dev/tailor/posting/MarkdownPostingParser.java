package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a Markdown posting: YAML front matter (title, company, location, remote, employment-type,
 * date-posted), or without it a {@code # Title} heading and "**Company:** Acme" / "Company: Acme" lines;
 * {@code ##} and {@code ###} headings start sections.
 */
final class MarkdownPostingParser {
    private static final Pattern FRONT_MATTER_END = Pattern.compile("^(?:---|\\.\\.\\.)\\s*$");
    /** "**Company:** Acme" lines stand at the top; looking further would only cost time on long files. */
    private static final int MAX_HEADER_LINES = 40;
    private static final int MAX_HEADER_LINE_CHARS = 300;
    /** A front matter bigger than this is not a posting header; the limit also bounds the YAML parser's work. */
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    PostingFields parse(String markdown, String source) throws PostingParseException {
        List<String> lines = new ArrayList<>(List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        PostingFields fields = frontMatter(lines, source);
        fields = headerLines(lines, fields);
        if (fields.title() == null) {
            throw new PostingParseException(source,
                    "no job title found: add 'title:' to the front matter or start with a '# Title' heading");
        }
        if (fields.company() == null) {
            throw new PostingParseException(source,
                    "no company found: add 'company:' to the front matter or a 'Company: ...' line");
        }
        List<TextBlock> blocks = MarkdownBlocks.parse(String.join("\n", lines));
        if (blocks.isEmpty()) {
            throw new PostingParseException(source, "the posting has no description (only a title and header lines)");
        }
        return fields.withDescription(blocks);
    }

    /** Reads and removes the front matter, if the file starts with one. */
    private static PostingFields frontMatter(List<String> lines, String source) throws PostingParseException {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return PostingFields.NONE;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (FRONT_MATTER_END.matcher(lines.get(i)).matches()) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new PostingParseException(source, "the front matter has no closing '---' line");
        }
        String yaml = String.join("\n", lines.subList(1, end));
        lines.subList(0, end + 1).clear();
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw new PostingParseException(source, "the front matter is too large");
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new PostingParseException(source, "the front matter is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (loaded == null) {
            return PostingFields.NONE;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new PostingParseException(source, "the front matter is not a list of 'key: value' lines");
        }
        PostingFields fields = PostingFields.NONE;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            HeaderLines.Field field = entry.getKey() == null ? null : HeaderLines.field(entry.getKey().toString());
            String value = scalar(entry.getValue());
            if (field != null && value != null) {
                fields = HeaderLines.apply(fields, field, value);
            }
        }
        return fields;
    }

    /** Takes the title from the first '# ' heading and header lines from before the first other heading. */
    private static PostingFields headerLines(List<String> lines, PostingFields fields) {
        PostingFields result = fields;
        for (int i = 0; i < lines.size() && i < MAX_HEADER_LINES; i++) {
            String line = lines.get(i);
            MarkdownBlocks.AtxHeading heading = MarkdownBlocks.atxHeading(line);
            if (heading != null && heading.level() == 1 && !heading.text().isEmpty()
                    && (result.title() == null || samePlain(heading.text(), result.title()))) {
                if (result.title() == null) {
                    result = HeaderLines.apply(result, HeaderLines.Field.TITLE, MarkdownInline.plain(heading.text()));
                }
                lines.remove(i--);
                continue;
            }
            if (heading != null) {
                break;
            }
            HeaderLines.Header header = line.length() > MAX_HEADER_LINE_CHARS ? null : HeaderLines.parse(MarkdownInline.plain(line));
            if (header != null && header.field() != HeaderLines.Field.TITLE) {
                boolean fromFrontMatter = fieldValue(fields, header.field()) != null;
                if (!fromFrontMatter) {
                    result = HeaderLines.apply(result, header.field(), header.value());
                }
                lines.remove(i--);
            }
        }
        return result;
    }

    private static @Nullable Object fieldValue(PostingFields fields, HeaderLines.Field field) {
        return switch (field) {
            case TITLE -> fields.title();
            case COMPANY -> fields.company();
            case LOCATION -> fields.location();
            case REMOTE -> fields.remote();
            case EMPLOYMENT_TYPE -> fields.employmentType();
            case DATE_POSTED -> fields.datePosted();
        };
    }

    private static boolean samePlain(String markdown, String plain) {
        return MarkdownInline.plain(markdown).equalsIgnoreCase(plain);
    }

    /** YAML gives strings, numbers, booleans (remote: true) and lists (employment-type: [full-time, contract]). */
    private static @Nullable String scalar(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object element : list) {
                if (element != null) {
                    parts.add(element.toString());
                }
            }
            return TextNormalizer.blankToNull(String.join(", ", parts));
        }
        if (value instanceof Map<?, ?>) {
            return null;
        }
        return TextNormalizer.blankToNull(value.toString());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
