package dev.tailor.analysis;

import dev.tailor.posting.Posting;
import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The project's data files and small postings built for the tests. */
final class AnalysisFixtures {
    static final Path SKILLS = Path.of("data/skills.yaml");
    static final Path SIGNALS = Path.of("data/signals.yaml");

    private static SkillTaxonomy taxonomy;
    private static SignalLexicon lexicon;
    private static PostingAnalyzer analyzer;

    private AnalysisFixtures() {
    }

    static synchronized SkillTaxonomy taxonomy() {
        if (taxonomy == null) {
            try {
                taxonomy = SkillTaxonomy.load(SKILLS);
            } catch (TaxonomyException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return taxonomy;
    }

    static synchronized SignalLexicon lexicon() {
        if (lexicon == null) {
            try {
                lexicon = SignalLexicon.load(SIGNALS);
            } catch (SignalLexiconException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return lexicon;
    }

    static synchronized PostingAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new PostingAnalyzer(taxonomy(), lexicon());
        }
        return analyzer;
    }

    static Section section(SectionKind kind, String... lines) {
        return new Section(kind, kind.name(), String.join("\n", lines));
    }

    static Posting posting(String title, Section... sections) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(section.text());
        }
        return new Posting("test", "test.txt", title, "Example Co", null, null, null, null, text.toString(),
                Arrays.asList(sections), "0");
    }

    /**
     * A posting from a fixture file: the first line "# Title", then sections opened by
     * "## KIND heading" where KIND is a {@link SectionKind} name.
     */
    static Posting postingFromResource(String name) {
        List<String> lines = lines(resource(name));
        String title = lines.get(0).substring(2);
        List<Section> sections = new ArrayList<>();
        SectionKind kind = null;
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("## ")) {
                if (kind != null) {
                    sections.add(new Section(kind, heading, body.toString().strip()));
                }
                String[] parts = line.substring(3).split(" ", 2);
                kind = SectionKind.valueOf(parts[0]);
                heading = parts.length > 1 ? parts[1] : "";
                body = new StringBuilder();
            } else {
                body.append(line).append('\n');
            }
        }
        if (kind != null) {
            sections.add(new Section(kind, heading, body.toString().strip()));
        }
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            text.append(section.heading()).append('\n').append(section.text()).append("\n\n");
        }
        return new Posting(name, name, title, "Example Co", null, null, null, null, text.toString().strip(), sections, "0");
    }

    static Path resource(String name) {
        try {
            return Path.of(AnalysisFixtures.class.getResource("/analysis/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource analysis/" + name, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
