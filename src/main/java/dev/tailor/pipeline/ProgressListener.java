package dev.tailor.pipeline;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how far the postings step is: postings done of total, and how many were skipped so far.
 * Prints after a chunk at most once a second, and always at the end of the step.
 */
public class ProgressListener implements ChunkListener<PostingFile, PostingOutcome>,
        SkipListener<PostingFile, PostingOutcome>, StepExecutionListener {
    private static final long PRINT_EVERY_MILLIS = 1000;

    private final PostingFileReader reader;
    private final RunConsole console;
    private final Clock clock;
    private final AtomicInteger skipped = new AtomicInteger();
    private volatile long lastPrint;
    private volatile String lastLine = "";

    public ProgressListener(PostingFileReader reader, RunConsole console, Clock clock) {
        this.reader = reader;
        this.console = console;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        skipped.set(0);
        lastLine = "";
        lastPrint = clock.millis();
    }

    @Override
    public void afterChunk(Chunk<PostingOutcome> chunk) {
        long now = clock.millis();
        if (now - lastPrint >= PRINT_EVERY_MILLIS) {
            lastPrint = now;
            print();
        }
    }

    @Override
    public void onSkipInProcess(PostingFile item, Throwable t) {
        skipped.incrementAndGet();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        print();
        return null;
    }

    private void print() {
        // Every posting read so far has been processed once its chunk is done.
        String line = String.format("postings %d/%d done, %d skipped", reader.readSoFar(), reader.total(),
                skipped.get());
        if (!line.equals(lastLine)) {
            lastLine = line;
            console.say(line);
        }
    }
}
