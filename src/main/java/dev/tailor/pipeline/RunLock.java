package dev.tailor.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a database, held for the whole run, so that two runs never share one.
 *
 * <p>It is an operating-system file lock: it dies with the process, so a run killed with {@code kill -9}
 * never leaves a stale lock behind. The lock file itself stays; its presence means nothing.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside the database. */
    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".run.lock");
    }

    /** Takes the lock, or returns null when another run holds it. */
    public static RunLock tryAcquire(Path db) throws IOException {
        Path file = lockFile(db).toAbsolutePath();
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new RunLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // held by another run in this same JVM (tests run several in one process)
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock when the channel or process goes; nothing else to do
        }
    }
}
