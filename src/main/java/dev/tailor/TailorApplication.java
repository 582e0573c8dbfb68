package dev.tailor;

import dev.tailor.cli.TailorCli;
import dev.tailor.pipeline.PipelineLauncher;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. The command line is handled before Spring starts, so {@code --help}, usage errors and
 * invalid configuration answer at once and write nothing; only a valid {@code run} starts the batch job.
 */
@SpringBootApplication
public class TailorApplication {
    public static void main(String[] args) {
        PipelineLauncher launcher = new PipelineLauncher(TailorApplication.class);
        int code = new TailorCli(System.out, System.err, Clock.systemDefaultZone(), launcher).execute(args);
        System.exit(code);
    }
}
