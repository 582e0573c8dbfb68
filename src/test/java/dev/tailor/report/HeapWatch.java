package dev.tailor.report;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of a benchmark: the most it held right after a garbage collection (what the program really
 * needed, garbage excluded) and the most it was seen to hold at all (garbage included, so it mostly says how much
 * the collector let pile up).
 */
public final class HeapWatch {
    private static final long MB = 1024 * 1024;

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong maxUsed = new AtomicLong();

    private HeapWatch() {
    }

    /** Starts watching: a listener on every collector, and a daemon thread sampling the heap every millisecond. */
    public static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        // a collection reports every memory pool, metaspace and code cache included: count the heap's only
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools);
                long before = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools);
                watch.maxAfterGc.accumulateAndGet(after, Math::max);
                watch.maxUsed.accumulateAndGet(before, Math::max);
            }, null, null);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                watch.maxUsed.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        return watch;
    }

    private static long heapUsed(Map<String, MemoryUsage> byPool, Set<String> heapPools) {
        return byPool.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    /** Prints the figures, and the process's CPU time (wall-clock times include waiting for a busy machine). */
    public void print() {
        System.out.printf("heap: max %d MB, most held after a collection %d MB%n",
                Runtime.getRuntime().maxMemory() / MB, maxAfterGc.get() / MB);
        System.out.printf("heap: most seen in use, garbage included: %d MB%n", maxUsed.get() / MB);
        System.out.printf("process CPU time: %.1f s%n",
                ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(Double.NaN));
    }
}
