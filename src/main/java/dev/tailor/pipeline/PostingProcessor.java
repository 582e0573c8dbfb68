package dev.tailor.pipeline;

import dev.tailor.faults.CrashPoint;
import dev.tailor.posting.DuplicateIndex;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.PostingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one posting file into a letter: read, parse, analyze, match, render. A posting whose file and
 * inputs are unchanged since its letter was written is passed on as unchanged without a new letter. A posting
 * that duplicates one read before it in the run (same address, near-identical text) gets no letter: it is
 * recorded as SKIPPED "duplicate of …" and its source is added to the original's {@code sources}.
 *
 * <p>With more than one thread, the expensive work of every posting of a chunk is started on a pool as soon
 * as the chunk is read ({@link #beforeChunk}); {@link #process} then runs on the step's thread, in reading
 * order, and takes each result as it comes. So the duplicate decision, the skip listener, the H2 writes and
 * the step's counts all stay on the step's thread, in order and inside the chunk's transaction, exactly as
 * with one thread: only parsing, analysis, matching, rendering and writing each letter's files where no reader
 * looks for them ({@link LetterStaging}) run side by side. The files of the next chunk are started too, so that
 * the workers are not idle while the step's thread puts this chunk's letters in place and writes its rows.
 */
public class PostingProcessor implements ItemProcessor<PostingFile, PostingOutcome>,
        ChunkListener<PostingFile, PostingOutcome>, StepExecutionListener {
    private final PostingStore store;
    private final RunStore runs;
    private final CurrentRun run;
    private final PostingPreparer preparer;
    private final LetterStaging staging;
    private final Path letters;
    private final int threads;
    private final IntFunction<List<PostingFile>> upcoming;
    private final Map<PostingFile, Future<PreparedPosting>> pending = new IdentityHashMap<>();
    private ExecutorService pool;
    private @Nullable DuplicateCheck duplicates;
    private long duplicatesRun = -1;

    public PostingProcessor(RunSettings settings, RunInputs inputs, PostingStore store, RunStore runs,
            CurrentRun run, PostingReader reader, long maxPostingBytes) {
        this(settings, inputs, store, runs, run, reader, maxPostingBytes, 1, count -> List.of());
    }

    /**
     * A processor that prepares up to {@code threads} postings at once; 1 prepares each in {@link #process}.
     * {@code upcoming} gives the files the reader will return next, to be prepared ahead.
     */
    public PostingProcessor(RunSettings settings, RunInputs inputs, PostingStore store, RunStore runs,
            CurrentRun run, PostingReader reader, long maxPostingBytes, int threads,
            IntFunction<List<PostingFile>> upcoming) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.store = store;
        this.runs = runs;
        this.run = run;
        this.preparer = new PostingPreparer(settings, inputs, reader, maxPostingBytes);
        this.staging = new LetterStaging(settings);
        this.letters = settings.out().resolve("letters");
        this.threads = threads;
        this.upcoming = upcoming;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (threads > 1 && pool == null) {
            pool = Executors.newFixedThreadPool(threads, workers());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        discardPending();
        if (pool != null) {
            pool.shutdownNow();
            awaitWorkers(pool);
            pool = null;
        }
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            removeStagedLetters();
        }
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            // The run needs its duplicate index no more; dropped, it does not stay in the heap through the report
            // step and until the next run (about 100 MB at 50,000 postings). After a failure it is kept for a restart.
            duplicates = null;
            duplicatesRun = -1;
        }
        return null;
    }

    @Override
    public void beforeChunk(Chunk<PostingFile> chunk) {
        if (pool == null) {
            return;
        }
        List<PostingFile> files = new ArrayList<>();
        // In a scan after a failed write the chunk holds outcomes already processed: nothing to prepare.
        for (Object item : chunk) {
            if (item instanceof PostingFile file) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            return;
        }
        // Prepared ahead in the last chunk, or started now; then the next chunk's files are started too.
        // A file prepared ahead that this chunk does not hold (the reader moved on differently) is dropped.
        pending.entrySet().removeIf(entry -> {
            boolean stale = !files.contains(entry.getKey());
            if (stale) {
                drop(entry.getValue());
            }
            return stale;
        });
        files.addAll(upcoming.apply(files.size()));
        LocalDate today = run.today();
        List<PostingFile> toStart = files.stream().filter(file -> !pending.containsKey(file)).toList();
        // Looked up here, on the step's thread, all in one query: a later chunk never changes the row of a file
        // not read yet.
        List<String> ids = toStart.stream().map(file -> PostingIds.idOf(file.source())).toList();
        Map<String, StoredPosting> stored = store.findAll(ids);
        for (int i = 0; i < toStart.size(); i++) {
            PostingFile file = toStart.get(i);
            String id = ids.get(i);
            Optional<StoredPosting> row = Optional.ofNullable(stored.get(id));
            pending.put(file, pool.submit(() -> preparer.prepare(file, id, row, today)));
        }
    }

    @Override
    public void afterChunk(Chunk<PostingOutcome> chunk) {
        // The next chunk's files stay pending: they are being prepared while this one was written.
    }

    @Override
    public void onChunkError(Exception exception, Chunk<PostingOutcome> chunk) {
        discardPending();
    }

    @Override
    public PostingOutcome process(PostingFile file) throws Exception {
        PreparedPosting prepared = prepared(file);
        if (prepared.key() == null) {
            throw prepared.error();
        }
        // Decided here, in reading order: the later file in file-name order is the duplicate, whatever the threads.
        Optional<DuplicateIndex.Match> duplicate = duplicates().add(prepared);
        if (duplicate.isPresent()) {
            discardStaged(prepared);
            DuplicateIndex.Match original = duplicate.get();
            String reason = "duplicate of " + original.source() + " (" + original.kind().words() + ")";
            return PostingOutcome.duplicate(file, prepared.contentHash(), RecordMapper.rejected(prepared.id(),
                    file.source(), false, reason, stateOf(prepared.stored(), prepared.contentHash()),
                    prepared.firstSeen(), run.today()), original.id());
        }
        if (prepared.error() != null) {
            throw prepared.error();
        }
        FirstPostingTimer.postingDone();
        if (prepared.outcome().processed()) {
            // Counted here, on the step's thread, so "posting-processed:N" is the N-th posting in reading order.
            CrashPoint.reached("posting-processed");
        }
        return prepared.outcome();
    }

    private PreparedPosting prepared(PostingFile file) throws InterruptedException {
        Future<PreparedPosting> future = pending.remove(file);
        if (future == null) {
            return preparer.prepare(file, store.find(PostingIds.idOf(file.source())), run.today());
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            // prepare() turns every Exception into a rejection: only an Error gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * After a failed step, the letter files staged for postings that were not written: the report step, which
     * removes them after a completed one, does not run. Another run cannot be writing there (the database lock).
     */
    private void removeStagedLetters() {
        try {
            LeftoverTempFiles.removeFrom(letters);
        } catch (IOException e) {
            // left to the next run's report step
        }
    }

    /**
     * Waits for the workers to finish what they were doing when stopped (a posting, milliseconds), so that none
     * stages a letter file after the step: the report step then removes every leftover.
     */
    private static void awaitWorkers(ExecutorService workers) {
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void discardPending() {
        pending.values().forEach(this::drop);
        pending.clear();
    }

    /**
     * Stops a preparation whose result will not be used, or deletes the letter files it staged when it is done. One
     * stopped midway may still stage them: the report step removes such leftovers ({@link LeftoverTempFiles}).
     */
    private void drop(Future<PreparedPosting> future) {
        if (future.cancel(true) || future.isCancelled()) {
            return;
        }
        try {
            discardStaged(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // an Error on the worker: nothing it staged is known
        }
    }

    /** Deletes the letter files the preparation of a posting that will get no letter staged, if any. */
    private void discardStaged(PreparedPosting prepared) {
        if (prepared.outcome() != null && prepared.outcome().letter() != null) {
            staging.discard(prepared.outcome().letter());
        }
    }

    /** The run's duplicate check: started afresh for each run (a `schedule` process runs many). */
    private DuplicateCheck duplicates() {
        if (duplicates == null || duplicatesRun != run.runId()) {
            duplicates = new DuplicateCheck(runs.completedInOneAttemptBefore(run.runId()));
            duplicatesRun = run.runId();
        }
        return duplicates;
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "tailor-posting-" + count.incrementAndGet());
            // A worker never holds up the JVM's exit: the step's thread owns the run.
            thread.setDaemon(true);
            return thread;
        };
    }

    static String stateOf(Optional<StoredPosting> stored, String contentHash) {
        if (stored.isEmpty()) {
            return "new";
        }
        return contentHash != null && contentHash.equals(stored.get().contentHash()) ? "unchanged" : "changed";
    }

    /** The letter formats in the order they are written, as stored. */
    static String formatsOf(RunSettings settings) {
        return String.join(",", RunSettings.ALL_FORMATS.stream().filter(settings.formats()::contains).toList());
    }

    static Path letterFile(RunSettings settings, String stem, String format) {
        return settings.out().resolve(stem + "." + format);
    }
}
