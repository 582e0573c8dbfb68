package dev.tailor.pipeline;

import dev.tailor.posting.PostingIds;
import dev.tailor.report.PostingRecord;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every skipped posting in H2 with its reason, inside the chunk's transaction, so that it appears in
 * postings.jsonl and the workbook: nothing silently disappears.
 */
public class SkipRecorder implements SkipListener<PostingFile, PostingOutcome> {
    private final PostingStore store;
    private final CurrentRun run;

    public SkipRecorder(PostingStore store, CurrentRun run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public void onSkipInProcess(PostingFile file, Throwable t) {
        boolean failed = !(t instanceof PostingRejectedException rejected) || rejected.failed();
        String reason = t instanceof PostingRejectedException ? t.getMessage() : String.valueOf(t);
        String contentHash = t instanceof PostingRejectedException rejected ? rejected.contentHash() : null;
        String id = PostingIds.idOf(file.source());
        Optional<StoredPosting> stored = store.find(id);
        LocalDate today = run.today();
        PostingRecord record = RecordMapper.rejected(id, file.source(), failed, reason,
                PostingProcessor.stateOf(stored, contentHash), stored.map(StoredPosting::firstSeen).orElse(today), today);
        store.save(record, contentHash, null, null, null, run.runId(), failed ? RunCounts.FAILED : RunCounts.SKIPPED);
    }
}
