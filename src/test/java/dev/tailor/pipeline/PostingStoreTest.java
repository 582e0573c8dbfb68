package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.posting.DuplicateKey;
import dev.tailor.report.PostingRecord;
import dev.tailor.report.WorkbookBenchmark;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.json.JsonMapper;

/** The records the report step reads back: in the report's order and with their lifecycle, a batch at a time. */
class PostingStoreTest {
    private static final int BATCH = 3;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private final SingleConnectionDataSource db = new SingleConnectionDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    private final PostingStore store = storeWithSchema();

    @AfterEach
    void closeDatabase() {
        JdbcClient.create(db).sql("SHUTDOWN").update();
        db.destroy();
    }

    @Test
    void recordsComeNewestFirstThenByStatusAndSourceAcrossBatches() {
        List<PostingRecord> saved = saveRecords(3 * BATCH + 1);

        List<String> expected = saved.stream()
                .sorted(Comparator.comparing(PostingRecord::firstSeen).reversed()
                        .thenComparing(PostingRecord::status).thenComparing(PostingRecord::source))
                .map(PostingRecord::id)
                .toList();
        assertThat(streamedIds()).isEqualTo(expected);
    }

    @Test
    void eachRecordCarriesItsLifecycleColumns() {
        PostingRecord saved = saveRecords(1).get(0);
        LocalDate later = saved.lastSeen().plusDays(3);
        store.markUnchanged(saved.id(), later, 2, "unchanged", null);

        try (Stream<PostingRecord> records = store.streamRecords()) {
            assertThat(records.toList()).containsExactly(saved.withState("unchanged", saved.firstSeen(), later));
        }
    }

    @Test
    void aPostingSeenAgainOnTheSameDayInTheSameStateIsNotAChange() {
        PostingRecord saved = saveRecords(1).get(0);

        store.markUnchanged(saved.id(), saved.lastSeen(), 2, saved.state(), null);

        assertThat(store.changedAfter(1)).isFalse();
    }

    @Test
    void aPostingSeenOnALaterDayIsAChange() {
        PostingRecord saved = saveRecords(1).get(0);

        store.markUnchanged(saved.id(), saved.lastSeen().plusDays(1), 2, saved.state(), null);

        assertThat(store.changedAfter(1)).isTrue();
    }

    @Test
    void aPostingInAnotherStateIsAChange() {
        PostingRecord saved = saveRecords(1).get(0);

        store.markUnchanged(saved.id(), saved.lastSeen(), 2, "closed", null);

        assertThat(store.changedAfter(1)).isTrue();
    }

    @Test
    void aPostingSavedWithAnotherRecordIsAChange() {
        PostingRecord saved = saveRecords(1).get(0);
        PostingRecord withDuplicate = saved.withSource("data/postings/the-same-again.html");

        store.save(withDuplicate, "hash", "fingerprint", null, "md", 2, "processed");

        assertThat(store.changedAfter(1)).isTrue();
    }

    @Test
    void aPostingSavedAgainAsItWasIsNotAChange() {
        PostingRecord saved = saveRecords(1).get(0);

        store.save(saved, "hash", "fingerprint", null, "md", 2, "skipped");

        assertThat(store.changedAfter(1)).isFalse();
    }

    @Test
    void aPostingClosedForItsFileGoneIsAChange() {
        saveRecords(1);

        store.closeUnseen(2);

        assertThat(store.changedAfter(1)).isTrue();
    }

    @Test
    void aSourceAddedToAPostingIsAChange() {
        PostingRecord saved = saveRecords(1).get(0);

        store.addSource(saved.id(), "data/postings/the-same-again.html", 2);

        assertThat(store.changedAfter(1)).isTrue();
    }

    @Test
    void closesEveryPostingNotReadInTheRunAndOnlyThose() {
        List<PostingRecord> saved = saveRecords(3);
        store.markUnchanged(saved.get(1).id(), DAY, 2, "unchanged", null);
        store.markUnchanged(saved.get(2).id(), DAY, 3, "unchanged", null);

        assertThat(store.closeUnseen(2)).isEqualTo(2);

        try (Stream<PostingRecord> records = store.streamRecords()) {
            assertThat(records.filter(r -> "closed".equals(r.state())).map(PostingRecord::id))
                    .containsExactlyInAnyOrder(saved.get(0).id(), saved.get(2).id());
        }
    }

    @Test
    void findsTheRowsOfAChunkInOneQueryAsOneByOne() {
        List<PostingRecord> saved = saveRecords(4);
        store.markUnchanged(saved.get(1).id(), DAY.plusDays(1), 2, "unchanged", "stamp");
        List<String> ids = List.of(saved.get(0).id(), saved.get(1).id(), "no-such-posting", saved.get(3).id());

        var found = store.findAll(ids);

        assertThat(found).containsOnlyKeys(saved.get(0).id(), saved.get(1).id(), saved.get(3).id());
        for (String id : found.keySet()) {
            assertThat(found.get(id)).isEqualTo(store.find(id).orElseThrow());
        }
        assertThat(store.findAll(List.of())).isEmpty();
    }

    @Test
    void savingWithItsReadingKeepsWhatKeepReadingKeeps() {
        PostingRecord saved = saveRecords(1).get(0);
        DuplicateKey key = new DuplicateKey(saved.id(), saved.source(), "https://jobs.example.com/42", signature());

        store.save(saved, "hash", "fingerprint", "letters/a", "md", 2, "processed", key, true, "stamp");
        StoredPosting inOne = store.find(saved.id()).orElseThrow();
        store.save(saved, "hash", "fingerprint", "letters/a", "md", 2, "processed");
        store.keepReading(key, true, "stamp");
        StoredPosting inThree = store.find(saved.id()).orElseThrow();

        assertThat(inOne).usingRecursiveComparison().isEqualTo(inThree);
        assertThat(inOne.duplicateKey().url()).isEqualTo("https://jobs.example.com/42");
        assertThat(inOne.duplicateKey().signature()).isEqualTo(signature());
        assertThat(inOne.expired()).isTrue();
        assertThat(inOne.fileStamp()).isEqualTo("stamp");
    }

    @Test
    void savingWithoutItsReadingForgetsTheKeptOne() {
        PostingRecord saved = saveRecords(1).get(0);
        DuplicateKey key = new DuplicateKey(saved.id(), saved.source(), null, signature());
        store.save(saved, "hash", "fingerprint", "letters/a", "md", 2, "processed", key, false, "stamp");

        store.save(saved, "hash", "fingerprint", "letters/a", "md", 3, "processed");

        StoredPosting stored = store.find(saved.id()).orElseThrow();
        assertThat(stored.duplicateKey()).isNull();
        assertThat(stored.fileStamp()).isNull();
    }

    @Test
    void aPostingSavedClosedKeepsTheRunThatFirstClosedItAndLosesItWhenItReopens() {
        PostingRecord saved = saveRecords(1).get(0);
        PostingRecord closed = saved.withState("closed", saved.firstSeen(), saved.lastSeen());

        store.save(closed, "hash", "fingerprint", null, "md", 2, "processed");
        store.save(closed, "hash", "fingerprint", null, "md", 3, "processed");
        Long closedRun = closedRunOf(saved.id());
        store.save(saved, "hash", "fingerprint", null, "md", 4, "processed");

        assertThat(closedRun).isEqualTo(2L);
        assertThat(closedRunOf(saved.id())).isNull();
    }

    @Test
    void markingManyUnchangedAtOnceLeavesTheRowsAsMarkingThemOneByOne() {
        SingleConnectionDataSource otherDb = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        try {
            new ResourceDatabasePopulator(new ClassPathResource("tailor-schema.sql")).execute(otherDb);
            PostingStore oneByOne = new PostingStore(JdbcClient.create(otherDb), JsonMapper.builder().build(), BATCH);
            List<PostingRecord> saved = saveRecords(5);
            for (PostingRecord record : saved) {
                oneByOne.save(record, "hash", "fingerprint", null, "md", 1, "processed");
            }
            // the same day and state, a later day, closed, closed again (keeps its closing run), no stamp
            store.markUnchanged(saved.get(3).id(), DAY, 2, "closed", "s");
            oneByOne.markUnchanged(saved.get(3).id(), DAY, 2, "closed", "s");
            List<PostingStore.Unchanged> marks = List.of(
                    new PostingStore.Unchanged(saved.get(0).id(), saved.get(0).state(), "stamp-0"),
                    new PostingStore.Unchanged(saved.get(1).id(), "unchanged", "stamp-1"),
                    new PostingStore.Unchanged(saved.get(2).id(), "closed", null),
                    new PostingStore.Unchanged(saved.get(3).id(), "closed", "stamp-3"),
                    new PostingStore.Unchanged(saved.get(4).id(), "unchanged", null));

            store.markAllUnchanged(marks, DAY.plusDays(1), 3);
            for (PostingStore.Unchanged mark : marks) {
                oneByOne.markUnchanged(mark.id(), DAY.plusDays(1), 3, mark.state(), mark.fileStamp());
            }

            assertThat(rows(db)).isEqualTo(rows(otherDb)).hasSize(5);
            assertThat(store.changedAfter(2)).isEqualTo(oneByOne.changedAfter(2)).isTrue();
        } finally {
            JdbcClient.create(otherDb).sql("SHUTDOWN").update();
            otherDb.destroy();
        }
    }

    private static List<String> rows(SingleConnectionDataSource source) {
        return JdbcClient.create(source).sql("""
                SELECT id, state, last_seen, last_run, last_outcome, file_stamp, closed_run, changed_run
                FROM tailor_posting ORDER BY id""")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), String.valueOf(rs.getString(6)),
                        String.valueOf(rs.getString(7)), rs.getString(8)))
                .list();
    }

    private Long closedRunOf(String id) {
        return JdbcClient.create(db).sql("SELECT closed_run FROM tailor_posting WHERE id = ?").param(id)
                .query(Long.class).optional().orElse(null);
    }

    private static long[] signature() {
        long[] signature = new long[128];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = 31L * i - 7;
        }
        return signature;
    }

    @Test
    void anEmptyHistoryStreamsNoRecords() {
        assertThat(streamedIds()).isEmpty();
    }

    /**
     * The last {@code count} of 50 made-up records (the 50th is SKIPPED, the others DONE), seen first on one of two
     * days, so that the order needs every one of its keys.
     */
    private List<PostingRecord> saveRecords(int count) {
        List<PostingRecord> made = new ArrayList<>();
        WorkbookBenchmark.records(50).forEachRemaining(made::add);
        List<PostingRecord> saved = new ArrayList<>();
        for (PostingRecord record : made.subList(made.size() - count, made.size())) {
            LocalDate firstSeen = DAY.plusDays(saved.size() % 2);
            PostingRecord dated = record.withState(record.state(), firstSeen, firstSeen);
            store.save(dated, "hash", "fingerprint", null, "md", 1, "processed");
            saved.add(dated);
        }
        return saved;
    }

    private List<String> streamedIds() {
        try (Stream<PostingRecord> records = store.streamRecords()) {
            return records.map(PostingRecord::id).toList();
        }
    }

    private PostingStore storeWithSchema() {
        new ResourceDatabasePopulator(new ClassPathResource("tailor-schema.sql")).execute(db);
        return new PostingStore(JdbcClient.create(db), JsonMapper.builder().build(), BATCH);
    }
}
