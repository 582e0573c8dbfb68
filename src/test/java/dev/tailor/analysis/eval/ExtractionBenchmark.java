package dev.tailor.analysis.eval;

import com.sun.management.OperatingSystemMXBean;
import dev.tailor.analysis.SkillExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast {@link SkillExtractor#find(String)} reads posting text on one thread: a warm-up,
 * then as many passes over the texts as fit in the time given. Reported as MB (10^6 bytes of UTF-8)
 * per second of the thread's own CPU time, so that other processes on a busy machine do not count, and
 * also per second of the whole process's CPU time, which adds the garbage collector's work; run with
 * {@code java}, not under {@code spring-boot:run} (which limits the JIT).
 */
final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    /**
     * The speed of the least any tokenizer does (cut words, lower-case them): tells a slow extractor from a
     * slow or busy machine, since both figures are measured the same way at the same time.
     */
    private static double referenceSpeed(List<String> texts, long bytes, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long passes = 0;
        long start = threads.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (String text : texts) {
                java.util.List<String> words = new java.util.ArrayList<>();
                int i = 0;
                while (i < text.length()) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        int from = i;
                        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                            i++;
                        }
                        words.add(text.substring(from, i).toLowerCase(Locale.ROOT));
                    } else {
                        i++;
                    }
                }
                sink += words.size();
            }
            passes++;
            now = threads.getCurrentThreadCpuTime();
        } while (now < end);
        return sink < 0 ? 0 : bytes * (double) passes / 1e6 / ((now - start) / 1e9);
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // the thread's CPU time leaves out the garbage collector's threads, which clean up after the
        // extraction's allocations: the whole process's CPU time, taken alongside, counts them too
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long passes = 0;
        long processStart = process.getProcessCpuTime();
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (String text : texts) {
                sink += extractor.find(text).size();
            }
            passes++;
            now = threads.getCurrentThreadCpuTime();
        } while (now < end);
        double cpu = (now - start) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double processCpu = (process.getProcessCpuTime() - processStart) / 1e9;
        double mb = bytes * (double) passes / 1e6;
        double reference = referenceSpeed(texts, bytes, Math.max(1, seconds / 3));
        System.out.printf(Locale.ROOT, "Reference on this machine now: a bare split-and-lower-case loop over the same"
                + " text reads %.1f MB/s per CPU-second%n", reference);
        System.out.printf(Locale.ROOT, "Extraction speed: %.1f MB/s per CPU-second on one thread (%.1f MB/s wall clock;"
                        + " %d postings, %.2f MB a pass, %d passes, %.1f s CPU; %d hits)%n",
                mb / cpu, mb / wall, texts.size(), bytes / 1e6, passes, cpu, sink);
        System.out.printf(Locale.ROOT, "Counting the JVM's garbage collector and compiler threads too: %.1f MB/s per CPU-second"
                + " (%.1f s of process CPU)%n", mb / processCpu, processCpu);
    }
}
