package dev.tailor.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts the job, or finishes an interrupted one first.
 *
 * <p>The caller holds the database's {@link RunLock}, so an execution the repository still shows as running
 * belongs to a process that died (killed, power cut): it is recovered (marked FAILED). A FAILED execution
 * with the same settings that started less than a day ago is restarted, and continues after its last
 * committed chunk; an older one is left alone and a new run starts, since its postings may have changed
 * since. Each new run is its own job instance, identified by a run id (no incrementer: it would ignore the
 * parameters).
 */
public class TailorJobRunner {
    static final String RUN_ID = "run.id";
    private static final Duration RESUME_WITHIN = Duration.ofHours(24);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunSettings settings;
    private final RunConsole console;
    private final Clock clock;

    public TailorJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, RunSettings settings,
            RunConsole console, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.settings = settings;
        this.console = console;
        this.clock = clock;
    }

    /** Runs the job to its end and returns the exit code: 0 completed, 1 failed. */
    public int run() throws Exception {
        JobParameters parameters = parameters();
        JobExecution previous = lastExecution();
        JobExecution execution;
        if (previous != null && previous.getStatus().isRunning()) {
            console.say("the run started " + previous.getStartTime() + " was interrupted; recovering it");
            previous = jobOperator.recover(previous);
        }
        if (previous != null && resumable(previous, parameters)) {
            console.say("resuming the unfinished run started " + previous.getStartTime());
            execution = jobOperator.restart(previous);
        } else {
            execution = jobOperator.start(job, parameters);
        }
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    private JobExecution lastExecution() {
        JobInstance instance = jobRepository.getLastJobInstance(TailorJobConfiguration.JOB_NAME);
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }

    private boolean resumable(JobExecution previous, JobParameters parameters) {
        BatchStatus status = previous.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            return false;
        }
        LocalDateTime started = previous.getStartTime();
        if (started == null || started.isBefore(LocalDateTime.now(clock).minus(RESUME_WITHIN))) {
            return false;
        }
        return sameSettings(previous.getJobParameters(), parameters);
    }

    private static boolean sameSettings(JobParameters a, JobParameters b) {
        for (var parameter : b.getIdentifyingParameters()) {
            String name = parameter.name();
            if (!name.equals(RUN_ID) && !Objects.equals(value(a, name), parameter.value())) {
                return false;
            }
        }
        return true;
    }

    private static Object value(JobParameters parameters, String name) {
        var parameter = parameters.getParameter(name);
        return parameter == null ? null : parameter.value();
    }

    private JobParameters parameters() {
        return new JobParametersBuilder()
                .addString("postings", String.join(java.io.File.pathSeparator,
                        settings.postings().stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .addString("profile", settings.profile().toAbsolutePath().normalize().toString())
                .addString("templates", settings.templates().toAbsolutePath().normalize().toString())
                .addString("out", settings.out().toAbsolutePath().normalize().toString())
                .addString("formats", PostingProcessor.formatsOf(settings))
                .addString("force", Boolean.toString(settings.force()))
                .addLong(RUN_ID, clock.millis())
                .toJobParameters();
    }
}
