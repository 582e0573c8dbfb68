package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run lock is an operating-system lock: a process killed while holding it leaves nothing that blocks a run. */
class RunLockTest {
    @TempDir
    Path tmp;

    @Test
    void lockOfAKilledProcessIsFreeAtOnce() throws Exception {
        Path db = tmp.resolve("db").resolve("tailor");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo(LockHolder.HOLDING);
            assertThat(RunLock.tryAcquire(db)).isNull();

            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, as with kill -9 or a power cut
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(RunLock.lockFile(db)).exists();
            try (RunLock next = RunLock.tryAcquire(db)) {
                assertThat(next).isNotNull();
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
