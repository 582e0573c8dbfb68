package dev.tailor.pipeline;

import dev.tailor.faults.CrashPoint;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk's letters to the output folder and its rows to H2. Letter files are put in place first and
 * atomically (moved there from where the worker that prepared them wrote them, see {@link LetterStaging}); the
 * rows commit with the chunk. A run killed between the two rewrites the same files
 * (same names, same content) when it is resumed, so nothing is duplicated or lost.
 */
public class PostingOutcomeWriter implements ItemWriter<PostingOutcome> {
    private final RunSettings settings;
    private final LetterStaging staging;
    private final PostingStore store;
    private final CurrentRun run;

    public PostingOutcomeWriter(RunSettings settings, PostingStore store, CurrentRun run) {
        this.settings = settings;
        this.staging = new LetterStaging(settings);
        this.store = store;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends PostingOutcome> chunk) throws Exception {
        // Unchanged postings read from their stamp alone are marked together, in one statement, before any other
        // row of the chunk is written: so the statements still run in reading order.
        List<PostingStore.Unchanged> unchanged = new ArrayList<>();
        for (PostingOutcome outcome : chunk) {
            if (!outcome.processed() && outcome.duplicateOf() == null && outcome.reading() == null) {
                unchanged.add(new PostingStore.Unchanged(outcome.record().id(), outcome.record().state(),
                        outcome.fileStamp()));
                continue;
            }
            store.markAllUnchanged(unchanged, run.today(), run.runId());
            unchanged.clear();
            write(outcome);
        }
        store.markAllUnchanged(unchanged, run.today(), run.runId());
    }

    private void write(PostingOutcome outcome) throws Exception {
        if (outcome.duplicateOf() != null) {
            // Items are written in reading order, so the original's row is already saved (this chunk or before).
            store.save(outcome.record(), outcome.contentHash(), null, null, null, run.runId(), RunCounts.SKIPPED);
            store.addSource(outcome.duplicateOf(), outcome.file().source(), run.runId());
            return;
        }
        if (!outcome.processed()) {
            // Unchanged, but read again (its stamp had moved): its reading is kept for the next run.
            store.markUnchanged(outcome.record().id(), run.today(), run.runId(), outcome.record().state(),
                    outcome.fileStamp());
            store.keepReading(outcome.reading().key(), outcome.reading().expired(), outcome.fileStamp());
            return;
        }
        PostingOutcome.RenderedLetter letter = outcome.letter();
        staging.place(letter);
        CrashPoint.reached("letter-written");
        // A processed posting was just read: its row and its reading are saved together.
        PostingOutcome.Reading reading = outcome.reading();
        store.save(outcome.record(), outcome.contentHash(), outcome.fingerprint(), letter.stem(),
                PostingProcessor.formatsOf(settings), run.runId(), RunCounts.PROCESSED, reading.key(),
                reading.expired(), outcome.fileStamp());
    }
}
