package dev.tailor.pipeline;

import dev.tailor.posting.PostingReader;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tailoring job: a fault-tolerant chunk step over the posting files (read, parse, analyze, match,
 * render, write letters and H2 rows), then a step that rebuilds the workbook and postings.jsonl from H2.
 * {@link RunSettings}, {@link RunInputs} and {@link RunConsole} are registered by {@link PipelineLauncher}.
 */
@Configuration(proxyBeanMethods = false)
public class TailorJobConfiguration {
    static final String JOB_NAME = "tailor";
    static final String POSTINGS_STEP = "postings";
    static final String REPORT_STEP = "report";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    CurrentRun currentRun() {
        return new CurrentRun();
    }

    @Bean
    JsonMapper tailorJson() {
        return JsonMapper.builder().build();
    }

    @Bean
    PostingStore postingStore(JdbcClient jdbc, JsonMapper tailorJson) {
        return new PostingStore(jdbc, tailorJson);
    }

    @Bean
    ReviewStore reviewStore(JdbcClient jdbc, Clock clock) {
        return new ReviewStore(jdbc, clock);
    }

    @Bean
    RunStore runStore(JdbcClient jdbc) {
        return new RunStore(jdbc);
    }

    @Bean
    PostingFileReader postingFileReader(RunSettings settings) {
        return new PostingFileReader(settings);
    }

    @Bean
    PostingProcessor postingProcessor(RunSettings settings, RunInputs inputs, PostingStore postingStore,
            RunStore runStore, CurrentRun currentRun, PostingFileReader postingFileReader,
            @Value("${tailor.max-posting-bytes:5242880}") long maxPostingBytes,
            @Value("${tailor.threads:0}") int threads) {
        return new PostingProcessor(settings, inputs, postingStore, runStore, currentRun,
                new PostingReader(maxPostingBytes),
                maxPostingBytes, threadsOrProcessors(threads), postingFileReader::upcoming);
    }

    /** {@code tailor.threads}, where 0 (the default) or less means one thread per available processor. */
    static int threadsOrProcessors(int threads) {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Bean
    PostingOutcomeWriter postingWriter(RunSettings settings, PostingStore postingStore, CurrentRun currentRun) {
        return new PostingOutcomeWriter(settings, postingStore, currentRun);
    }

    @Bean
    SkipRecorder skipRecorder(PostingStore postingStore, CurrentRun currentRun) {
        return new SkipRecorder(postingStore, currentRun);
    }

    @Bean
    ProgressListener progressListener(PostingFileReader postingFileReader, RunConsole console, Clock clock) {
        return new ProgressListener(postingFileReader, console, clock);
    }

    @Bean
    Step postingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PostingFileReader postingFileReader, PostingProcessor postingProcessor,
            ItemWriter<PostingOutcome> postingWriter, SkipRecorder skipRecorder, ProgressListener progressListener,
            RunSettings settings, @Value("${tailor.chunk-size:50}") int chunkSize) {
        return new StepBuilder(POSTINGS_STEP, jobRepository)
                .<PostingFile, PostingOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(postingFileReader)
                .processor(postingProcessor)
                .writer(postingWriter)
                .faultTolerant()
                .skipPolicy(new PostingSkipPolicy(settings.skipLimit()))
                .skipListener(skipRecorder)
                // registered once, as a step, chunk and skip listener at the same time
                .listener((StepListener) progressListener)
                .build();
    }

    @Bean
    ReportTasklet reportTasklet(RunSettings settings, PostingStore postingStore, ReviewStore reviewStore,
            RunStore runStore, CurrentRun currentRun, RunConsole console, Clock clock, RunInputs inputs) {
        return new ReportTasklet(settings, postingStore, reviewStore, runStore, currentRun, console, clock, inputs);
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportTasklet reportTasklet) {
        return new StepBuilder(REPORT_STEP, jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .build();
    }

    @Bean
    RunListener runListener(RunSettings settings, PostingStore postingStore, RunStore runStore, CurrentRun currentRun,
            RunConsole console, Clock clock, RunLogFile runLogFile, JsonMapper tailorJson) {
        return new RunListener(settings, postingStore, runStore, currentRun, console, clock,
                new RunSummaryFile(settings, runLogFile, tailorJson));
    }

    @Bean
    Job tailorJob(JobRepository jobRepository, Step postingsStep, Step reportStep, RunListener runListener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runListener)
                .start(postingsStep)
                .next(reportStep)
                .build();
    }

    @Bean
    TailorJobRunner tailorJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job tailorJob,
            RunSettings settings, RunConsole console, Clock clock) {
        return new TailorJobRunner(jobOperator, jobRepository, tailorJob, settings, console, clock);
    }
}
