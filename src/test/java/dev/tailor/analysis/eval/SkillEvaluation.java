package dev.tailor.analysis.eval;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillExtractor;
import dev.tailor.analysis.SkillMention;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.analysis.TaxonomyEntry;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingReader;
import dev.tailor.posting.Section;
import dev.tailor.posting.SectionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores skill extraction against labelled data built from the shared evaluation corpus: precision,
 * recall and F1 of the technology set of each posting, per data source; then section-split agreement
 * and extraction speed. Run by {@code scripts/eval-skills.sh}; nothing of the corpus is stored in the
 * repository, only the labels the team wrote (technology names, see {@code scripts/eval-labels/}).
 *
 * <p>"Technology" is every taxonomy entry outside the {@code practice} category: methods and concepts
 * (Agile, microservices, CI/CD) are left out on both sides, gold and predicted.
 */
public final class SkillEvaluation {
    private final SkillTaxonomy taxonomy;
    private final PostingAnalyzer analyzer;
    private final Labels labels;
    private final boolean verbose;

    private SkillEvaluation(SkillTaxonomy taxonomy, PostingAnalyzer analyzer, Labels labels, boolean verbose) {
        this.taxonomy = taxonomy;
        this.analyzer = analyzer;
        this.labels = labels;
        this.verbose = verbose;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus");
        Path labelDir = Path.of("scripts/eval-labels");
        boolean verbose = false;
        boolean suggest = false;
        double benchSeconds = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-v", "--verbose" -> verbose = true;
                case "--suggest" -> suggest = true;
                case "--labels" -> labelDir = Path.of(args[++i]);
                case "--bench-seconds" -> benchSeconds = Double.parseDouble(args[++i]);
                default -> corpus = Path.of(args[i]);
            }
        }
        if (!Files.isDirectory(corpus.resolve("datasets/skillspan"))) {
            System.err.println("The evaluation corpus is not at " + corpus.toAbsolutePath().normalize()
                    + " (expected datasets/skillspan, html/ and sections_gold/ under it).");
            System.err.println("Pass its folder as the first argument: scripts/eval-skills.sh PATH/TO/corpus");
            System.exit(2);
        }
        SkillTaxonomy taxonomy = SkillTaxonomy.load(Path.of("data/skills.yaml"));
        PostingAnalyzer analyzer = new PostingAnalyzer(taxonomy, SignalLexicon.load(Path.of("data/signals.yaml")));
        Labels labels = Labels.load(labelDir, corpus);
        SkillEvaluation evaluation = new SkillEvaluation(taxonomy, analyzer, labels, verbose);
        List<SkillSpanCorpus.Document> train = SkillSpanCorpus.read(corpus.resolve("datasets/skillspan/skillspan_tech_train.conll"));
        List<SkillSpanCorpus.Document> dev = SkillSpanCorpus.read(corpus.resolve("datasets/skillspan/skillspan_tech_dev.conll"));
        if (suggest) {
            evaluation.suggest(train, dev);
            return;
        }
        System.out.printf(Locale.ROOT, "taxonomy: %d skills (%d outside 'practice')%n", taxonomy.size(),
                taxonomy.entries().stream().filter(e -> !e.category().equals("practice")).count());
        System.out.println();
        System.out.println("Per-posting technology sets (micro-averaged over postings)");
        System.out.printf(Locale.ROOT, "  %-34s %5s %5s %5s %5s %7s %7s %7s%n", "source", "posts", "tp", "fp", "fn",
                "P", "R", "F1");
        Score trainScore = evaluation.skillSpan("SkillSpan tech train (tuned on)", "train", train, false);
        evaluation.skillSpan("SkillSpan tech dev, spans only", "dev", dev, false);
        Score devScore = evaluation.skillSpan("SkillSpan tech dev, adjudicated", "dev", dev, true);
        Score soScore = evaluation.pages("Stack Overflow JSON-LD skills tags", corpus, labels.stackOverflowPages(), true);
        Score pageScore = evaluation.pages("Own page labels (html/)", corpus, labels.pages(), false);
        Score real = devScore.plus(soScore).plus(pageScore);
        print("dev adjudicated + SO + pages", real);
        print("all", real.plus(trainScore));
        System.out.println();
        SectionAgreement.report(corpus.resolve("sections_gold"));
        System.out.println();
        List<String> texts = new ArrayList<>();
        for (SkillSpanCorpus.Document doc : train) {
            texts.add(doc.text());
        }
        for (SkillSpanCorpus.Document doc : dev) {
            texts.add(doc.text());
        }
        ExtractionBenchmark.run(new SkillExtractor(taxonomy), texts, benchSeconds);
    }

    private Score skillSpan(String name, String split, List<SkillSpanCorpus.Document> documents, boolean adjudicated) {
        Score total = new Score();
        for (SkillSpanCorpus.Document doc : documents) {
            Set<String> gold = new TreeSet<>();
            if (adjudicated) {
                gold.addAll(labels.adjudicated(split, doc.index()));
            }
            for (String span : doc.knowledgeSpans()) {
                gold.addAll(labels.spanTechnologies(span));
            }
            gold.removeIf(this::isPractice);
            Set<String> predicted = predicted(posting("skillspan:" + doc.index(), doc.title(), doc.text()));
            total = total.plus(compare(name + " #" + doc.index(), gold, predicted));
        }
        print(name, total);
        return total;
    }

    private Score pages(String name, Path corpus, Map<String, List<String>> goldByPage, boolean tags) throws IOException {
        Score total = new Score();
        PostingReader reader = new PostingReader();
        for (Map.Entry<String, List<String>> page : goldByPage.entrySet()) {
            Path file = corpus.resolve(page.getKey());
            if (!Files.isRegularFile(file)) {
                System.out.println("  (missing page " + page.getKey() + ")");
                continue;
            }
            Posting posting;
            try {
                posting = reader.read(file, page.getKey());
            } catch (Exception e) {
                System.out.println("  (page " + page.getKey() + " not read: " + e.getMessage() + ")");
                continue;
            }
            Set<String> gold = new TreeSet<>();
            for (String label : page.getValue()) {
                gold.add(canonical(tags ? labels.tagTechnology(label) : label));
            }
            gold.remove("");
            gold.removeIf(this::isPractice);
            total = total.plus(compare(name + " " + page.getKey(), gold, predicted(posting)));
        }
        print(name, total);
        return total;
    }

    private Set<String> predicted(Posting posting) {
        Analysis analysis = analyzer.analyze(posting);
        Set<String> names = new TreeSet<>();
        for (SkillMention skill : analysis.skills()) {
            if (!skill.category().equals("practice")) {
                names.add(skill.name());
            }
        }
        return names;
    }

    private Score compare(String what, Set<String> gold, Set<String> predicted) {
        Set<String> fp = new TreeSet<>(predicted);
        fp.removeAll(gold);
        Set<String> fn = new TreeSet<>(gold);
        fn.removeAll(predicted);
        int tp = predicted.size() - fp.size();
        if (verbose && (!fp.isEmpty() || !fn.isEmpty())) {
            System.out.println("    " + what + "  FP " + fp + "  FN " + fn);
        }
        return new Score(1, tp, fp.size(), fn.size());
    }

    private boolean isPractice(String name) {
        return taxonomy.lookup(name).map(e -> e.category().equals("practice")).orElse(false);
    }

    private String canonical(String name) {
        return taxonomy.lookup(name).map(TaxonomyEntry::name).orElse(name);
    }

    private static Posting posting(String id, String title, String text) {
        return new Posting(id, id, title, "SkillSpan", null, null, null, null, text,
                List.of(new Section(SectionKind.OTHER, "", text)), "0");
    }

    /** Prints every knowledge span without a label, with what the extractor finds in it, for a person to judge. */
    private void suggest(List<SkillSpanCorpus.Document> train, List<SkillSpanCorpus.Document> dev) {
        SkillExtractor extractor = new SkillExtractor(taxonomy);
        Map<String, Integer> spans = new LinkedHashMap<>();
        for (List<SkillSpanCorpus.Document> split : List.of(train, dev)) {
            for (SkillSpanCorpus.Document doc : split) {
                for (String span : doc.knowledgeSpans()) {
                    spans.merge(Labels.spanKey(span), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> span : spans.entrySet()) {
            if (labels.isJudged(span.getKey())) {
                continue;
            }
            Set<String> found = new TreeSet<>();
            extractor.find(span.getKey()).forEach(o -> found.add(o.entry().name()));
            System.out.println(span.getKey() + "\t" + String.join(";", found));
        }
    }

    static void print(String name, Score score) {
        System.out.printf(Locale.ROOT, "  %-34s %5d %5d %5d %5d %7.3f %7.3f %7.3f%n", name, score.postings(), score.tp(),
                score.fp(), score.fn(), score.precision(), score.recall(), score.f1());
    }

    /** True positives, false positives and false negatives summed over postings. */
    record Score(int postings, int tp, int fp, int fn) {
        Score() {
            this(0, 0, 0, 0);
        }

        Score plus(Score other) {
            return new Score(postings + other.postings, tp + other.tp, fp + other.fp, fn + other.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
