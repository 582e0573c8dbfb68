package dev.tailor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes and reads back the workbook of a large batch, as two nights of the report step do, and prints the time,
 * peak heap and file size. Run by {@code scripts/bench-workbook.sh} with {@code -Xmx256m}; not a unit test.
 *
 * <p>The records are made on the fly, as the report step streams them from the database, so the heap holds what
 * the writer and reader hold, not the batch.
 */
public final class WorkbookBenchmark {

    private static final int DISTINCT_SKILLS = 300;
    private static final long MB = 1024 * 1024;

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("tailor-bench");
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("summary.xlsx");
        Files.deleteIfExists(xlsx);
        Files.deleteIfExists(ReviewWorkbookWriter.backupOf(xlsx));
        HeapWatch watch = HeapWatch.start();
        System.out.printf("postings: %,d, max heap: %d MB, folder: %s%n", count,
                Runtime.getRuntime().maxMemory() / MB, dir);

        ReviewWorkbookWriter writer = new ReviewWorkbookWriter();
        Set<String> profile = Set.of("Skill 1", "Skill 2", "Skill 3", "Skill 5", "Skill 8", "Skill 13");
        long t0 = System.nanoTime();
        writer.write(xlsx, () -> records(count), Map.of(), runs(), profile);
        long t1 = System.nanoTime();
        System.out.printf("first night, write: %.1f s, %.1f MB%n", (t1 - t0) / 1e9, Files.size(xlsx) / (double) MB);

        ReviewEdits edits = new ReviewWorkbookReader().read(xlsx);
        long t2 = System.nanoTime();
        System.out.printf("read back: %.1f s, %,d reviews%n", (t2 - t1) / 1e9, edits.entries().size());

        // the second night: every row has a review now, one in ten with a note
        Map<String, ReviewEntry> reviews = new HashMap<>(edits.mergedInto(Map.of()));
        int n = 0;
        for (String id : edits.entries().keySet()) {
            if (n++ % 10 == 0) {
                reviews.put(id, new ReviewEntry(id, "approved", "called the recruiter, waiting to hear back"));
            }
        }
        edits = null;
        long t3 = System.nanoTime();
        writer.write(xlsx, () -> records(count), reviews, runs(), profile);
        long t4 = System.nanoTime();
        System.out.printf("second night, write with %,d reviews: %.1f s, %.1f MB%n", reviews.size(), (t4 - t3) / 1e9,
                Files.size(xlsx) / (double) MB);

        watch.print();
    }

    /** {@code count} made-up records, made one at a time as they are asked for; the same ones every time. */
    public static Iterator<PostingRecord> records(int count) {
        return new Iterator<>() {
            private final Random random = new Random(42);
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public PostingRecord next() {
                return record(next++, random);
            }
        };
    }

    private static PostingRecord record(int n, Random random) {
        String id = String.format("%012x", n * 2_654_435_761L & 0xFFFF_FFFF_FFFFL);
        LocalDate firstSeen = LocalDate.of(2025, 1, 1).plusDays(n % 300);
        if (n % 50 == 49) {
            return new PostingRecord(id, "data/postings/broken-" + n + ".html", "SKIPPED",
                    "the page has no job posting in it", null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, "new", firstSeen, firstSeen);
        }
        List<PostingRecord.Skill> skills = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // a skewed pick, so some skills are asked for far more often than others
            int skill = (int) (DISTINCT_SKILLS * Math.pow(random.nextDouble(), 3));
            String level = i < 5 ? "required" : i < 9 ? "nice-to-have" : "mentioned";
            skills.add(new PostingRecord.Skill("Skill " + skill, "technology", i < 5, level, 1 + random.nextInt(3)));
        }
        List<PostingRecord.Signal> signals = List.of(
                new PostingRecord.Signal("stage", "scale-up", "We are a fast-growing scale-up with 120 people."),
                new PostingRecord.Signal("funding", "Series B", "We raised our Series B in 2024 to grow the team."),
                new PostingRecord.Signal("migration", "monolith to services",
                        "We are moving our monolith to services and need help."),
                new PostingRecord.Signal("remote", "hybrid", "Two days a week in the Berlin office."));
        List<PostingRecord.Lint> lint = List.of(new PostingRecord.Lint("length", true, "312 words"),
                new PostingRecord.Lint("no-cliches", true, null),
                new PostingRecord.Lint("names-company", n % 3 != 0, "company named in the opening"),
                new PostingRecord.Lint("one-page", true, null));
        return new PostingRecord(id, "https://boards.example.com/company-" + (n % 5000) + "/jobs/" + id, "DONE", null,
                "Senior Backend Engineer, Payments Platform " + n, "Company " + (n % 5000) + " GmbH",
                "Berlin, Germany", "hybrid", "senior", skills, signals, random.nextInt(101),
                List.of("Java", "Kafka", "PostgreSQL", "Spring Boot"), List.of("Kubernetes", "Go", "Terraform"),
                List.of("order-latency", "search-migration"), "metric",
                "letters/company-" + (n % 5000) + "-senior-backend-engineer-" + id + ".md", 280 + random.nextInt(80),
                lint, 0.8, n % 7 == 0 ? "changed" : "new", firstSeen, firstSeen.plusDays(n % 30));
    }

    private static List<RunRow> runs() {
        List<RunRow> runs = new ArrayList<>();
        for (int i = 0; i < 365; i++) {
            LocalDateTime started = LocalDateTime.of(2025, 1, 1, 2, 30).plusDays(i);
            runs.add(new RunRow(i + 1, started, started.plusMinutes(11), 300, 250, 40, 8, 2, "COMPLETED"));
        }
        return runs;
    }
}
