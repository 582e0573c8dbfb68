package dev.tailor.pipeline;

import dev.tailor.report.HeapWatch;
import dev.tailor.report.JsonlExporter;
import dev.tailor.report.PostingRecord;
import dev.tailor.report.ReviewWorkbookReader;
import dev.tailor.report.ReviewWorkbookWriter;
import dev.tailor.report.WorkbookBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report step's read paths over a large history in H2: saves the records in a file database, then rebuilds
 * postings.jsonl and the workbook from it twice (reading the first workbook back in between), as two nights do.
 * Run by {@code scripts/bench-workbook.sh report} with {@code -Xmx256m}; not a unit test.
 */
public final class ReportStepBenchmark {
    private static final long MB = 1024 * 1024;
    private static final int SAVE_BATCH = 1_000;

    private ReportStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("tailor-bench");
        Files.createDirectories(dir);
        for (String name : List.of("tailor.mv.db", "summary.xlsx", "summary.xlsx.bak", "postings.jsonl")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        SingleConnectionDataSource db = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tailor") + ";TRACE_LEVEL_FILE=0", "sa", "", true);
        new ResourceDatabasePopulator(new ClassPathResource("tailor-schema.sql")).execute(db);
        JdbcClient jdbc = JdbcClient.create(db);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));
        PostingStore postings = new PostingStore(jdbc, JsonMapper.builder().build());
        ReviewStore reviews = new ReviewStore(jdbc, Clock.systemDefaultZone());
        RunStore runs = new RunStore(jdbc);
        HeapWatch watch = HeapWatch.start();
        System.out.printf("postings: %,d, max heap: %d MB, folder: %s%n", count,
                Runtime.getRuntime().maxMemory() / MB, dir);

        long t0 = System.nanoTime();
        Iterator<PostingRecord> records = WorkbookBenchmark.records(count);
        while (records.hasNext()) {
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < SAVE_BATCH && records.hasNext(); i++) {
                    PostingRecord r = records.next();
                    postings.save(r, "hash", "fingerprint", null, "md", 1, "processed");
                }
            });
        }
        runs.started(1, LocalDate.now().atStartOfDay());
        long t1 = System.nanoTime();
        System.out.printf("saved in H2: %.1f s%n", (t1 - t0) / 1e9);

        for (int night = 1; night <= 2; night++) {
            long start = System.nanoTime();
            Path xlsx = dir.resolve("summary.xlsx");
            tx.executeWithoutResult(status -> {
                try {
                    reviews.saveAll(new ReviewWorkbookReader().read(xlsx));
                    try (Stream<PostingRecord> all = postings.streamRecords()) {
                        new JsonlExporter().write(dir.resolve("postings.jsonl"), all::iterator);
                    }
                    try (Stream<PostingRecord> all = postings.streamRecords()) {
                        new ReviewWorkbookWriter().write(xlsx, all::iterator, reviews.all(), runs.all(),
                                Set.of("Skill 1", "Skill 2"));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("night %d, report step (read workbook, save reviews, jsonl, workbook): %.1f s, "
                    + "workbook %.1f MB, jsonl %.1f MB%n", night, (System.nanoTime() - start) / 1e9,
                    Files.size(xlsx) / (double) MB, Files.size(dir.resolve("postings.jsonl")) / (double) MB);
        }
        db.destroy();

        watch.print();
    }
}
