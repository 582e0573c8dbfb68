package dev.tailor;

import dev.tailor.cli.TailorCli;
import dev.tailor.pipeline.PipelineLauncher;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. The command line is handled before Spring starts, so {@code --help}, usage errors and
 * invalid configuration answer at once and write nothing; only a valid {@code run} starts the batch job.
 */
@SpringBootApplication
public class TailorApplication {
    public static void main(String[] args) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            // The build's spring-boot:process-aot: it learns a run's beans from the application a run starts
            // (stopped before it starts), not from the command line. No database is opened; the only file written
            // is the log under target/aot.
            PipelineLauncher.forAotProcessing(TailorApplication.class, Path.of("target", "aot", "tailor")).run(args);
            return;
        }
        PipelineLauncher launcher = new PipelineLauncher(TailorApplication.class);
        int code = new TailorCli(System.out, System.err, Clock.systemDefaultZone(), launcher).execute(args);
        System.exit(code);
    }
}
