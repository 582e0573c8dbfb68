package dev.tailor.pipeline;

import java.nio.file.Path;

/** A separate process that takes a database's run lock, says so, and waits to be killed. */
public final class LockHolder {
    static final String HOLDING = "holding the lock";

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        RunLock lock = RunLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock == null ? "lock was held" : HOLDING);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
