package dev.tailor.faults;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection for the crash tests: halts the JVM, as {@code kill -9} would, when a run reaches a named
 * point. Does nothing unless the system property {@code tailor.crash-at} names the point, as {@code NAME} (the
 * first time it is reached) or {@code NAME:N} (the N-th time). Nobody sets it in normal use.
 *
 * <p>Halting skips shutdown hooks, finally blocks and buffered writes, which is the point: the next run must
 * cope with whatever a sudden death leaves behind.
 */
public final class CrashPoint {
    /** Exit status of a halted run, as the shell reports a process killed by SIGKILL. */
    public static final int HALT_STATUS = 137;
    private static final String PROPERTY = "tailor.crash-at";
    private static final AtomicInteger REACHED = new AtomicInteger();

    private CrashPoint() {
    }

    /** Marks that the run reached {@code name}; halts the JVM if the crash tests asked for it here. */
    public static void reached(String name) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        int colon = target.lastIndexOf(':');
        String point = colon < 0 ? target : target.substring(0, colon);
        int count = colon < 0 ? 1 : Integer.parseInt(target.substring(colon + 1));
        if (point.equals(name) && REACHED.incrementAndGet() == count) {
            System.err.println("tailor: crash test: halting at " + name + " (" + count + ")");
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
