package dev.tailor.analysis;

import dev.tailor.posting.Posting;
import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a posting into an {@link Analysis}: the skills it asks for, weighted and ordered; its
 * seniority and years of experience; and what it says about the company.
 *
 * <p>Each section is tokenized and split into sentences once; skills, requirement cues, years and
 * company signals are all read from those tokens. Build one analyzer from the taxonomy and lexicon
 * once and share it: it is immutable and thread-safe, and {@link #analyze(Posting)} does no I/O.
 */
public final class PostingAnalyzer {
    private final SkillExtractor extractor;
    private final CompanySignalDetector signals;

    public PostingAnalyzer(SkillTaxonomy taxonomy, SignalLexicon lexicon) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(lexicon, "lexicon");
        this.extractor = new SkillExtractor(taxonomy);
        this.signals = new CompanySignalDetector(lexicon);
    }

    /** Loads the taxonomy and the lexicon (e.g. {@code data/skills.yaml}, {@code data/signals.yaml}). */
    public static PostingAnalyzer load(Path skills, Path signals) throws AnalysisDataException {
        return new PostingAnalyzer(SkillTaxonomy.load(skills), SignalLexicon.load(signals));
    }

    /** Analyzes one posting. */
    public Analysis analyze(Posting posting) {
        Objects.requireNonNull(posting, "posting");
        Map<TaxonomyEntry, Tally> tallies = new LinkedHashMap<>();
        TokenizedText title = Tokenizer.tokenize(posting.title());
        for (SkillHit hit : extractor.find(title)) {
            tally(tallies, hit, Requirement.REQUIRED, true);
        }
        Integer years = null;
        Seniority wording = null;
        List<Section> sections = sectionsOf(posting);
        List<TokenizedText> parts = new ArrayList<>(sections.size());
        for (Section section : sections) {
            TokenizedText text = Tokenizer.tokenize(section.text());
            parts.add(text);
            List<SkillHit> hits = extractor.find(text);
            Requirement[] levels = RequirementClassifier.levels(text, hits, section.kind());
            for (int h = 0; h < hits.size(); h++) {
                tally(tallies, hits.get(h), levels[h], false);
            }
            ExperienceYears.perSkill(text, section.kind(), hits).forEach((entry, asked) ->
                    tallies.get(entry).years = tallies.get(entry).years == null ? asked : Math.max(tallies.get(entry).years, asked));
            Integer asked = ExperienceYears.inSection(text, section.kind(), hits);
            if (asked != null && (years == null || asked > years)) {
                years = asked;
            }
            wording = strongerWording(wording, SeniorityClassifier.fromWording(text));
        }
        List<Tally> ordered = new ArrayList<>(tallies.values());
        ordered.sort(Comparator.comparingInt((Tally t) -> t.level.ordinal())
                .thenComparing(Comparator.comparingInt((Tally t) -> t.count).reversed())
                .thenComparing(t -> !t.inTitle)
                .thenComparingInt(t -> t.order));
        List<SkillMention> skills = new ArrayList<>(ordered.size());
        for (Tally t : ordered) {
            skills.add(new SkillMention(t.entry.name(), t.entry.category(), t.level, t.count, t.spelling, t.years));
        }
        Seniority seniority = seniority(title, posting.text(), years, wording);
        return new Analysis(skills, seniority, years, signals.detect(parts));
    }

    /** The sections to read; the whole text as one section when the sections hold no text at all. */
    private static List<Section> sectionsOf(Posting posting) {
        for (Section section : posting.sections()) {
            if (!section.text().isBlank()) {
                return posting.sections();
            }
        }
        return List.of(new Section(SectionKind.OTHER, "", posting.text()));
    }

    private static Seniority seniority(TokenizedText title, String text, Integer years, Seniority wording) {
        Seniority level = SeniorityClassifier.fromTitle(title);
        if (level == null) {
            Seniority[] stated = SeniorityClassifier.stated(text);
            level = stated == null ? null : SeniorityClassifier.withinStated(stated, years);
        }
        if (level == null && years != null) {
            level = SeniorityClassifier.fromYears(years);
        }
        if (level == null) {
            level = wording;
        }
        return level == null ? Seniority.MID : level;
    }

    private static Seniority strongerWording(Seniority current, Seniority found) {
        if (current == Seniority.LEAD || found == null) {
            return current;
        }
        if (current == null || found == Seniority.LEAD || (found == Seniority.ENTRY && current == Seniority.SENIOR)) {
            return found;
        }
        return current;
    }

    private static void tally(Map<TaxonomyEntry, Tally> tallies, SkillHit hit, Requirement level, boolean inTitle) {
        Tally tally = tallies.computeIfAbsent(hit.entry(), e -> new Tally(e, hit.spelling(), tallies.size()));
        tally.count++;
        tally.inTitle |= inTitle;
        if (level.ordinal() < tally.level.ordinal()) {
            tally.level = level;
        }
    }

    /** What the posting says about one skill so far. */
    private static final class Tally {
        private final TaxonomyEntry entry;
        private final String spelling;
        private final int order;
        private Requirement level = Requirement.MENTIONED;
        private int count;
        private boolean inTitle;
        private Integer years;

        Tally(TaxonomyEntry entry, String spelling, int order) {
            this.entry = entry;
            this.spelling = spelling;
            this.order = order;
        }
    }
}
