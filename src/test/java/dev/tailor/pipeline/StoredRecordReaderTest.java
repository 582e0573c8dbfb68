package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.report.PostingRecord;
import dev.tailor.report.WorkbookBenchmark;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored record reader gives the record Jackson's binding gives, for every shape a record takes. */
class StoredRecordReaderTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final StoredRecordReader reader = new StoredRecordReader(json);

    @Test
    void readsTheRecordsOfALargeHistoryAsJacksonDoes() {
        Iterator<PostingRecord> records = WorkbookBenchmark.records(2_000);
        while (records.hasNext()) {
            String stored = json.writeValueAsString(records.next());

            assertThat(reader.read(stored)).isEqualTo(json.readValue(stored, PostingRecord.class));
        }
    }

    @Test
    void readsARecordWithEveryValueMissingAsJacksonDoes() {
        PostingRecord empty = new PostingRecord("a1", "x.html", "SKIPPED", "cannot read", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "new", null, null);
        String stored = json.writeValueAsString(empty);

        assertThat(reader.read(stored)).isEqualTo(json.readValue(stored, PostingRecord.class)).isEqualTo(empty);
    }

    @Test
    void readsTextAndNumbersOfEveryKindAsJacksonDoes() {
        PostingRecord odd = new PostingRecord("b2", "https://example.com/jobs/1?a=\"b\"", "DONE", null,
                "Ingénieur·e \u2028 backend \uD83D\uDE80", "Ötzi & Co \"quoted\"", "Zürich\n\tCH", "hybrid", "senior",
                List.of(new PostingRecord.Skill("C++", "language", true, "required", 3)),
                List.of(new PostingRecord.Signal("funding", null, "We raised \\ a Series A.")),
                0, List.of("C++"), List.of(), List.of("order-latency"), "metric", "letters/b.md", 1,
                List.of(new PostingRecord.Lint("length", false, null)), Double.NaN, "closed",
                LocalDate.of(2024, 2, 29), LocalDate.of(2026, 11, 28), List.of("x.html", "y.html"));
        String stored = json.writeValueAsString(odd);

        assertThat(reader.read(stored)).isEqualTo(json.readValue(stored, PostingRecord.class));
    }

    @Test
    void skipsAFieldItDoesNotKnow() {
        String stored = json.writeValueAsString(WorkbookBenchmark.records(1).next());
        String withMore = stored.replaceFirst("\\{", "{\"later\":{\"nested\":[1,{\"x\":null}]},");

        assertThat(reader.read(withMore)).isEqualTo(json.readValue(stored, PostingRecord.class));
    }
}
