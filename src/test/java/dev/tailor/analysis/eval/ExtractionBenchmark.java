package dev.tailor.analysis.eval;

import dev.tailor.analysis.SkillExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast {@link SkillExtractor#find(String)} reads posting text on one thread: a warm-up,
 * then as many passes over the texts as fit in the time given. Reported as MB (10^6 bytes of UTF-8)
 * per second; run with {@code java}, not under {@code spring-boot:run} (which limits the JIT).
 */
final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    static void run(SkillExtractor extractor, List<String> texts, double seconds) {
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        long sink = 0;
        long warmUpEnd = System.nanoTime() + (long) (Math.min(seconds, 3) * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            for (String text : texts) {
                sink += extractor.find(text).size();
            }
        }
        long passes = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (String text : texts) {
                sink += extractor.find(text).size();
            }
            passes++;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        double mb = bytes * (double) passes / 1e6;
        System.out.printf(Locale.ROOT, "Extraction speed: %.1f MB/s on one thread (%d postings, %.2f MB a pass, %d passes in %.1f s; %d hits)%n",
                mb / elapsed, texts.size(), bytes / 1e6, passes, elapsed, sink);
    }
}
