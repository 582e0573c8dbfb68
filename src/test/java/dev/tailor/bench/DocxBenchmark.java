package dev.tailor.bench;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.letter.DocxLetterWriter;
import dev.tailor.letter.Letter;
import dev.tailor.letter.LetterRenderer;
import dev.tailor.letter.LetterTemplates;
import dev.tailor.letter.PoiDocxLetterWriter;
import dev.tailor.match.AchievementMatcher;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import dev.tailor.profile.CandidateProfile;
import dev.tailor.profile.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the Word letter: the POI-per-letter writer tailor used before issue 9 against {@link DocxLetterWriter},
 * on the letters of the sample postings, in one JVM, one thread, after a warm-up. Within a repetition the two
 * writers take turns in short blocks, so a build starting elsewhere on the machine slows both alike. Prints the
 * time per letter of each repetition and the medians.
 *
 * <p>Usage, from the project folder after {@code ./mvnw test-compile}:
 * {@code java -cp target/classes:target/test-classes:CLASSPATH dev.tailor.bench.DocxBenchmark [REPETITIONS]}.
 */
public final class DocxBenchmark {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    private static final int WARM_UP_MILLIS = 15_000;
    private static final int LETTERS_PER_REPETITION = 4_000;
    private static final int BLOCKS_PER_REPETITION = 20;

    private record Sample(Letter letter, Posting posting) {
    }

    /** The writer under test, as one call per letter. */
    @FunctionalInterface
    private interface Writer {
        byte[] write(Sample sample);
    }

    private DocxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        CandidateProfile profile = new ProfileLoader(Clock.fixed(DATE.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC)).load(Path.of("data/profile.yaml"));
        List<Sample> samples = samples(profile);
        PoiDocxLetterWriter poi = new PoiDocxLetterWriter();
        DocxLetterWriter prototype = new DocxLetterWriter();
        Writer before = s -> poi.write(s.letter(), profile, s.posting(), DATE);
        Writer after = s -> prototype.write(s.letter(), profile, s.posting(), DATE);

        long warmUpEnd = System.nanoTime() + WARM_UP_MILLIS * 1_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            nanos(before, samples, LETTERS_PER_REPETITION / BLOCKS_PER_REPETITION);
            nanos(after, samples, LETTERS_PER_REPETITION / BLOCKS_PER_REPETITION);
        }
        double[] old = new double[repetitions];
        double[] now = new double[repetitions];
        double[] ratios = new double[repetitions];
        System.out.printf("%d sample letters, %d letters per writer and repetition%n", samples.size(),
                LETTERS_PER_REPETITION);
        int block = LETTERS_PER_REPETITION / BLOCKS_PER_REPETITION;
        for (int i = 0; i < repetitions; i++) {
            long beforeNanos = 0;
            long afterNanos = 0;
            for (int b = 0; b < BLOCKS_PER_REPETITION; b++) {
                beforeNanos += nanos(before, samples, block);
                afterNanos += nanos(after, samples, block);
            }
            old[i] = beforeNanos / 1_000.0 / (block * BLOCKS_PER_REPETITION);
            now[i] = afterNanos / 1_000.0 / (block * BLOCKS_PER_REPETITION);
            ratios[i] = old[i] / now[i];
            System.out.printf("repetition %d: POI per letter %.1f us, prototype %.1f us, %.1fx%n", i + 1, old[i],
                    now[i], ratios[i]);
        }
        System.out.printf("median: POI per letter %.1f us, prototype %.1f us; median of the ratios %.1fx%n",
                median(old), median(now), median(ratios));
    }

    private static List<Sample> samples(CandidateProfile profile) throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.load(Path.of("data/skills.yaml"));
        PostingAnalyzer analyzer = new PostingAnalyzer(taxonomy, SignalLexicon.load(Path.of("data/signals.yaml")));
        AchievementMatcher matcher = new AchievementMatcher(name -> taxonomy.lookup(name).map(e -> e.name())
                .orElse(name));
        LetterRenderer renderer = new LetterRenderer(LetterTemplates.load(Path.of("templates")));
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("data/postings"))) {
            files = list.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            try {
                Posting posting = new PostingReader().read(file, Files.readAllBytes(file), file.toString());
                Analysis analysis = analyzer.analyze(posting);
                samples.add(new Sample(renderer.render(posting, analysis, profile,
                        matcher.match(analysis, profile, DATE), DATE), posting));
            } catch (PostingParseException e) {
                // the sign-in wall among the samples is no posting and has no letter
            }
        }
        return samples;
    }

    /** Writes {@code letters} letters, cycling through the samples, and gives the time it took. */
    private static long nanos(Writer writer, List<Sample> samples, int letters) {
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < letters; i++) {
            bytes += writer.write(samples.get(i % samples.size())).length;
        }
        long elapsed = System.nanoTime() - start;
        if (bytes == 0) {
            throw new IllegalStateException("no bytes written");
        }
        return elapsed;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
