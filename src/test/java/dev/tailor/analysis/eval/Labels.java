package dev.tailor.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team's own labels, read from {@code scripts/eval-labels/}: which SkillSpan knowledge spans name
 * technologies (and which), and the technologies of some saved pages. Tab-separated, '#' comments.
 */
final class Labels {
    private static final Pattern SKILLS_TAGS = Pattern.compile("\"skills\"\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private final Map<String, List<String>> spans;
    private final Map<String, List<String>> pages;
    private final Map<String, String> tags;
    private final Path corpusPages;
    private final Map<String, List<String>> adjudicated;

    private Labels(Map<String, List<String>> spans, Map<String, List<String>> pages, Map<String, String> tags, Path corpusPages,
                   Map<String, List<String>> adjudicated) {
        this.adjudicated = adjudicated;
        this.spans = spans;
        this.pages = pages;
        this.tags = tags;
        this.corpusPages = corpusPages;
    }

    static Labels load(Path dir, Path corpus) throws IOException {
        Map<String, List<String>> spans = new LinkedHashMap<>();
        for (String[] row : rows(dir.resolve("skillspan-technology-spans.tsv"))) {
            spans.put(spanKey(row[0]), names(row.length > 1 ? row[1] : ""));
        }
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (String[] row : rows(dir.resolve("pages.tsv"))) {
            pages.put(row[0].strip(), names(row.length > 1 ? row[1] : ""));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String[] row : rows(dir.resolve("stackoverflow-tags.tsv"))) {
            tags.put(row[0].strip().toLowerCase(Locale.ROOT), row.length > 1 ? row[1].strip() : "");
        }
        Map<String, List<String>> adjudicated = new LinkedHashMap<>();
        for (String[] row : rows(dir.resolve("skillspan-adjudicated.tsv"))) {
            adjudicated.put(row[0].strip() + "#" + row[1].strip(), names(row.length > 2 ? row[2] : ""));
        }
        return new Labels(spans, pages, tags, corpus, adjudicated);
    }

    /** A span as the label file keys it: lower case, single spaces, without the punctuation around it. */
    static String spanKey(String span) {
        String key = span.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return key.replaceAll("^[\\p{Punct}\\s]+|[\\s(),;:!?.]+$", "");
    }

    /** The technologies a span names; none when the labels do not list it (not a technology). */
    List<String> spanTechnologies(String span) {
        return spans.getOrDefault(spanKey(span), List.of());
    }

    /** Technologies added to a SkillSpan posting after adjudication; {@code split} is "train" or "dev". */
    List<String> adjudicated(String split, int posting) {
        return adjudicated.getOrDefault(split + "#" + posting, List.of());
    }

    boolean isJudged(String spanKey) {
        return spans.containsKey(spanKey);
    }

    /** Pages labelled by hand, by path under the corpus, with their technologies. */
    Map<String, List<String>> pages() {
        return pages;
    }

    /** The Stack Overflow pages of the corpus with the employer's own skills tags from their JSON-LD. */
    Map<String, List<String>> stackOverflowPages() throws IOException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Path dir = corpusPages.resolve("html/stackoverflow_jobs");
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Matcher skills = SKILLS_TAGS.matcher(Files.readString(file));
                if (skills.find()) {
                    List<String> list = new ArrayList<>();
                    Matcher quoted = QUOTED.matcher(skills.group(1));
                    while (quoted.find()) {
                        list.add(quoted.group(1));
                    }
                    found.put(corpusPages.relativize(file).toString(), list);
                }
            }
        }
        return found;
    }

    /** A Stack Overflow tag as a technology name: the team's label if it has one, else the tag itself. */
    String tagTechnology(String tag) {
        return tags.getOrDefault(tag.toLowerCase(Locale.ROOT), tag);
    }

    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String name : cell.split(";")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
