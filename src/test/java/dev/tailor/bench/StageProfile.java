package dev.tailor.bench;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.letter.DocxLetterWriter;
import dev.tailor.letter.Letter;
import dev.tailor.letter.LetterRenderer;
import dev.tailor.letter.LetterTemplates;
import dev.tailor.match.AchievementMatcher;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.DuplicateKey;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.PostingReader;
import dev.tailor.profile.CandidateProfile;
import dev.tailor.profile.ProfileLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Where a posting's time goes, stage by stage, on one thread with a warm JIT: the benchmark's answer to "profile
 * before optimizing". Each stage is timed around the same calls the pipeline makes, over every posting in a
 * folder, after one untimed pass that warms the JIT, in CPU time of the thread (garbage collection and I/O waits
 * done elsewhere are not in it). jsoup's own parse of the same bytes is timed alongside as
 * the yardstick the targets are expressed in.
 *
 * <p>Usage: {@code StageProfile FOLDER [MAX_FILES]}, from the repository root (it reads data/profile.yaml,
 * templates/ and data/).
 */
public final class StageProfile {
    private static final String[] STAGES = {"read + hash", "jsoup parse (yardstick)", "parse", "duplicate key",
        "analyze", "match", "render md+html+lint", "docx", "write files"};

    private final PostingReader reader = new PostingReader();
    private final PostingAnalyzer analyzer;
    private final AchievementMatcher matcher;
    private final LetterRenderer renderer;
    private final DocxLetterWriter docx = new DocxLetterWriter();
    private final CandidateProfile profile;
    private final Path scratch;
    private final long[] nanos = new long[STAGES.length];
    private final LocalDate today = LocalDate.now();
    /** CPU time of this thread, not wall time: the machines we measure on are shared and noisy. */
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    private StageProfile(Path profileFile, Path templates, Path data, Path scratch) throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.load(data.resolve("skills.yaml"));
        this.analyzer = new PostingAnalyzer(taxonomy, SignalLexicon.load(data.resolve("signals.yaml")));
        this.matcher = new AchievementMatcher(name -> taxonomy.lookup(name).map(e -> e.name()).orElse(name));
        this.renderer = new LetterRenderer(LetterTemplates.load(templates));
        this.profile = new ProfileLoader(Clock.systemUTC()).load(profileFile);
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.sorted().limit(args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE).toList();
        }
        Path scratch = Files.createTempDirectory("tailor-stages");
        StageProfile profile = new StageProfile(Path.of("data/profile.yaml"), Path.of("templates"), Path.of("data"),
                scratch);
        profile.pass(files);
        java.util.Arrays.fill(profile.nanos, 0);
        profile.pass(files);
        profile.print(files.size());
        try (Stream<Path> written = Files.list(scratch)) {
            for (Path file : written.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }

    private void pass(List<Path> files) throws Exception {
        int i = 0;
        for (Path file : files) {
            long t0 = cpu.getCurrentThreadCpuTime();
            byte[] bytes = Files.readAllBytes(file);
            String hash = PostingIds.sha256(bytes);
            long t1 = cpu.getCurrentThreadCpuTime();
            if (file.toString().endsWith(".html")) {
                Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            Posting posting = reader.read(file, bytes, hash, file.getFileName().toString());
            long t3 = cpu.getCurrentThreadCpuTime();
            DuplicateKey key = DuplicateKey.of(posting);
            long t4 = cpu.getCurrentThreadCpuTime();
            Analysis analysis = analyzer.analyze(posting);
            long t5 = cpu.getCurrentThreadCpuTime();
            Tailoring tailoring = matcher.match(analysis, profile, today);
            long t6 = cpu.getCurrentThreadCpuTime();
            Letter letter = renderer.render(posting, analysis, profile, tailoring, today);
            long t7 = cpu.getCurrentThreadCpuTime();
            byte[] word = docx.write(letter, profile, posting, today);
            long t8 = cpu.getCurrentThreadCpuTime();
            Path stem = scratch.resolve("letter-" + (i++ % 64));
            Files.writeString(stem.resolveSibling(stem.getFileName() + ".md"), letter.markdown());
            Files.writeString(stem.resolveSibling(stem.getFileName() + ".html"), letter.html());
            Files.write(stem.resolveSibling(stem.getFileName() + ".docx"), word);
            long t9 = cpu.getCurrentThreadCpuTime();
            long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7, t8, t9};
            for (int s = 0; s < STAGES.length; s++) {
                nanos[s] += marks[s + 1] - marks[s];
            }
            if (hash.isEmpty() || key.id().isEmpty()) {
                throw new IllegalStateException("no hash for " + file);
            }
        }
    }

    private void print(int count) {
        long total = 0;
        for (int s = 0; s < STAGES.length; s++) {
            total += s == 1 ? 0 : nanos[s];
        }
        System.out.printf("stage profile: %d postings, one thread, warm JIT (second pass), thread CPU time%n", count);
        System.out.printf("%-28s %10s %10s %8s%n", "stage", "ms total", "ms/posting", "share");
        for (int s = 0; s < STAGES.length; s++) {
            System.out.printf("%-28s %10.0f %10.3f %7s%n", STAGES[s], nanos[s] / 1e6, nanos[s] / 1e6 / count,
                    s == 1 ? "-" : String.format("%.1f%%", 100.0 * nanos[s] / total));
        }
        System.out.printf("%-28s %10.0f %10.3f%n", "all stages (not the yardstick)", total / 1e6, total / 1e6 / count);
    }
}
