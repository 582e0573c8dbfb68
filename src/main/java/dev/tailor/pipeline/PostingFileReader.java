package dev.tailor.pipeline;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the posting files one by one. Restartable: the job repository keeps how many were read, and a
 * restarted run continues after the last committed chunk.
 */
public class PostingFileReader extends AbstractItemCountingItemStreamItemReader<PostingFile> {
    private final RunSettings settings;
    private List<PostingFile> files = List.of();

    public PostingFileReader(RunSettings settings) {
        this.settings = settings;
        setName("postings");
    }

    @Override
    protected void doOpen() {
        files = PostingFiles.list(settings.postings());
        setMaxItemCount(files.size());
    }

    @Override
    protected PostingFile doRead() {
        int index = getCurrentItemCount() - 1;
        return index < files.size() ? files.get(index) : null;
    }

    @Override
    protected void doClose() {
        files = List.of();
    }

    /**
     * The next {@code count} files the reader will return (fewer at the end), without reading them: the processor
     * starts preparing them while the current chunk is written.
     */
    public List<PostingFile> upcoming(int count) {
        int next = getCurrentItemCount();
        return next >= files.size() ? List.of() : files.subList(next, Math.min(files.size(), next + count));
    }

    /** How many files have been read, counting those of an interrupted run this one resumes. */
    public int readSoFar() {
        return getCurrentItemCount();
    }

    /** How many files this run reads in all (known once the reader is open). */
    public int total() {
        return files.size();
    }
}
