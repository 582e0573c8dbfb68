package dev.tailor.analysis.eval;

import dev.tailor.posting.Section;
import dev.tailor.posting.SectionSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Compares {@link SectionSplitter} with the hand-written splits of {@code sections_gold}: each
 * {@code NAME.html} has a {@code NAME.yml} listing sections (an optional heading and the lines of
 * its contents). Reports heading precision and recall, and the share of gold lines the splitter
 * puts under the same heading as the gold split (no heading counts as a heading of its own).
 */
final class SectionAgreement {
    private SectionAgreement() {
    }

    static void report(Path gold) throws IOException {
        System.out.println("Section split agreement (" + gold + ")");
        if (!Files.isDirectory(gold)) {
            System.out.println("  absent: skipped");
            return;
        }
        List<Path> ymls;
        try (Stream<Path> files = Files.walk(gold)) {
            ymls = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        int goldHeadings = 0;
        int foundHeadings = 0;
        int sharedHeadings = 0;
        int lines = 0;
        int placed = 0;
        int documents = 0;
        SectionSplitter splitter = new SectionSplitter();
        for (Path yml : ymls) {
            Path html = yml.resolveSibling(yml.getFileName().toString().replaceFirst("\\.yml$", ".html"));
            if (!Files.isRegularFile(html)) {
                continue;
            }
            documents++;
            List<Section> ours = splitter.split(Jsoup.parse(Files.readString(html)).body());
            Set<String> ourHeadings = new HashSet<>();
            for (Section section : ours) {
                if (!section.heading().isBlank()) {
                    ourHeadings.add(norm(section.heading()));
                }
            }
            Set<String> theirHeadings = new HashSet<>();
            int docLines = 0;
            int docPlaced = 0;
            for (Object item : (List<?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yml))) {
                Map<?, ?> section = (Map<?, ?>) item;
                String heading = section.get("heading") == null ? "" : norm(String.valueOf(section.get("heading")));
                if (!heading.isEmpty()) {
                    theirHeadings.add(heading);
                }
                for (Object line : (List<?>) section.get("contents")) {
                    String text = norm(String.valueOf(line));
                    if (text.isEmpty()) {
                        continue;
                    }
                    docLines++;
                    if (heading.equals(headingOf(ours, text))) {
                        docPlaced++;
                    }
                }
            }
            Set<String> shared = new HashSet<>(theirHeadings);
            shared.retainAll(ourHeadings);
            goldHeadings += theirHeadings.size();
            foundHeadings += ourHeadings.size();
            sharedHeadings += shared.size();
            lines += docLines;
            placed += docPlaced;
            System.out.printf(Locale.ROOT, "  %-34s headings %d/%d found (%d extra), lines placed %d/%d%n",
                    yml.getFileName(), shared.size(), theirHeadings.size(), ourHeadings.size() - shared.size(),
                    docPlaced, docLines);
        }
        double p = foundHeadings == 0 ? 1 : (double) sharedHeadings / foundHeadings;
        double r = goldHeadings == 0 ? 1 : (double) sharedHeadings / goldHeadings;
        System.out.printf(Locale.ROOT, "  %d documents: heading P %.3f R %.3f F1 %.3f; lines under the right heading %.3f (%d/%d)%n",
                documents, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), lines == 0 ? 1 : (double) placed / lines, placed, lines);
    }

    /** The heading of the section of ours that holds the line, or null when none does. */
    private static String headingOf(List<Section> ours, String line) {
        for (Section section : ours) {
            if (norm(section.text()).contains(line)) {
                return norm(section.heading());
            }
        }
        for (Section section : ours) {
            if (norm(section.heading()).contains(line)) {
                return norm(section.heading()); // a gold line our splitter took for a heading
            }
        }
        return null;
    }

    /** Letters and digits only, lower case, single spaces: spacing, emoji and punctuation do not count. */
    static String norm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
