package dev.tailor.posting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
    private static final int ROUNDS = 30;
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private final PostingReader reader = new PostingReader();
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
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                pages.add(file);
                contents.add(read(file));
            }
        }
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            round(pages, contents, new long[2]);
        }
        long[] nanos = new long[2];
        for (int i = 0; i < ROUNDS; i++) {
            round(pages, contents, nanos);
        }
        double jsoup = nanos[0] / NANOS_PER_MILLI / ROUNDS;
        double tailor = nanos[1] / NANOS_PER_MILLI / ROUNDS;
        out.println();
        out.printf(Locale.ROOT, "parse speed over %d pages (%d rounds after %d warm-up rounds):%n", pages.size(), ROUNDS,
                WARM_UP_ROUNDS);
        out.printf(Locale.ROOT, "  jsoup parse only   %8.1f ms a round%n", jsoup);
        out.printf(Locale.ROOT, "  tailor reader      %8.1f ms a round (includes the jsoup parse)%n", tailor);
        out.printf(Locale.ROOT, "  ratio              %8.2fx%n", tailor / jsoup);
        if (sink == Long.MIN_VALUE) {
            out.println(sink);
        }
    }

    private void round(List<Path> pages, List<byte[]> contents, long[] nanos) {
        for (int i = 0; i < pages.size(); i++) {
            byte[] bytes = contents.get(i);
            long start = System.nanoTime();
            try {
                sink += Jsoup.parse(new ByteArrayInputStream(bytes), null, "").childNodeSize();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long middle = System.nanoTime();
            try {
                sink += reader.readAll(pages.get(i), bytes, pages.get(i).toString()).size();
            } catch (PostingParseException e) {
                sink += e.reason().length();
            }
            long end = System.nanoTime();
            nanos[0] += middle - start;
            nanos[1] += end - middle;
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
