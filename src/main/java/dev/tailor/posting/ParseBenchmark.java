package dev.tailor.posting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;

/**
 * Times {@link PostingReader} against jsoup's own parse of the same saved pages: the reader's extra work
 * (evidence, chrome stripping, sections) should stay within 1.5 times the parse. A plain loop with a warm-up
 * rather than JMH: the question is a ratio, and both sides run in the same loop under the same JIT.
 */
final class ParseBenchmark {
    private static final int WARM_UP_ROUNDS = 15;
    /**
     * The warm-up also lasts this long: on 2 cores the JIT took some 60 rounds of the 31 corpus pages to compile the
     * reader's many methods (jsoup's few were done sooner), and 15 rounds gave 1.84x where the steady state is 1.65x.
     */
    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final int ROUNDS = 60;
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final PostingReader reader = new PostingReader();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final PrintStream out;
    /** Keeps results alive so the JIT cannot drop the work. */
    private long sink;

    ParseBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Times the HTML files among {@code files} and prints the totals and the ratio. */
    void run(List<Path> files) {
        List<Path> pages = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                pages.add(file);
                contents.add(read(file));
                // Hashing belongs to reading the file, as in the pipeline, which hashes every file it reads to tell
                // whether it changed and hands the reader the hash: neither side's time includes reading the file.
                hashes.add(PostingIds.sha256(contents.get(contents.size() - 1)));
            }
        }
        int warmUpRounds = 0;
        long warmUpStart = System.nanoTime();
        while (warmUpRounds < WARM_UP_ROUNDS || System.nanoTime() - warmUpStart < WARM_UP_NANOS) {
            round(pages, contents, hashes, new long[4]);
            warmUpRounds++;
        }
        long[] nanos = new long[4];
        for (int i = 0; i < ROUNDS; i++) {
            round(pages, contents, hashes, nanos);
        }
        double jsoup = nanos[0] / NANOS_PER_MILLI / ROUNDS;
        double tailor = nanos[1] / NANOS_PER_MILLI / ROUNDS;
        double jsoupCpu = nanos[2] / NANOS_PER_MILLI / ROUNDS;
        double tailorCpu = nanos[3] / NANOS_PER_MILLI / ROUNDS;
        out.println();
        out.printf(Locale.ROOT, "parse speed over %d pages (%d rounds after %d warm-up rounds):%n", pages.size(), ROUNDS,
                warmUpRounds);
        out.printf(Locale.ROOT, "  jsoup parse only   %8.1f ms a round%n", jsoup);
        out.printf(Locale.ROOT, "  tailor reader      %8.1f ms a round (includes the jsoup parse)%n", tailor);
        out.printf(Locale.ROOT, "  ratio              %8.2fx%n", tailor / jsoup);
        // The thread's CPU time leaves out what other processes take from it: the ratio to compare on a busy machine.
        out.printf(Locale.ROOT, "  CPU time of the thread: jsoup %.1f ms, tailor %.1f ms a round, ratio %.2fx%n", jsoupCpu,
                tailorCpu, tailorCpu / jsoupCpu);
        if (sink == Long.MIN_VALUE) {
            out.println(sink);
        }
    }

    private void round(List<Path> pages, List<byte[]> contents, List<String> hashes, long[] nanos) {
        for (int i = 0; i < pages.size(); i++) {
            byte[] bytes = contents.get(i);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                sink += Jsoup.parse(new ByteArrayInputStream(bytes), null, "").childNodeSize();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long middle = System.nanoTime();
            long middleCpu = threads.getCurrentThreadCpuTime();
            try {
                sink += reader.readAll(pages.get(i), bytes, hashes.get(i), pages.get(i).toString()).size();
            } catch (PostingParseException e) {
                sink += e.reason().length();
            }
            long end = System.nanoTime();
            long endCpu = threads.getCurrentThreadCpuTime();
            nanos[0] += middle - start;
            nanos[1] += end - middle;
            nanos[2] += middleCpu - startCpu;
            nanos[3] += endCpu - middleCpu;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
