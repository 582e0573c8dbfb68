package dev.tailor.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts Spring for one validated run: the database URL comes from the settings, and the settings, inputs
 * and console are handed to the context as ready-made beans.
 */
public class PipelineLauncher {
    private final Map<String, Object> properties;
    private final Class<?>[] sources;

    /** @param sources the application class, plus any configuration a test adds */
    public PipelineLauncher(Class<?>... sources) {
        this(Map.of(), sources);
    }

    /**
     * @param properties settings that override application.yml (e.g. {@code tailor.chunk-size})
     * @param sources    the application class, plus any configuration a test adds
     */
    public PipelineLauncher(Map<String, Object> properties, Class<?>... sources) {
        this.properties = Map.copyOf(properties);
        this.sources = sources.clone();
    }

    /** Runs the job and returns the exit code: 0 completed, 1 failed or could not start. */
    public int launch(RunSettings settings, RunInputs inputs, PrintStream out, PrintStream err) {
        StartupRehearsal.begin(settings, inputs);
        RunConsole console = new RunConsole(out, err);
        RunLogFile log = RunLogFile.of(settings.out(), LocalDateTime.now());
        SpringApplicationBuilder builder = builder(sources, settings.jdbcUrl(), log.log())
                .initializers(context -> {
                    var beans = context.getBeanFactory();
                    beans.registerSingleton("runSettings", settings);
                    beans.registerSingleton("runInputs", inputs);
                    beans.registerSingleton("runConsole", console);
                    beans.registerSingleton("runLogFile", log);
                });
        // Passed as command-line properties: they take precedence over application.yml, defaults would not.
        String[] overrides = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = builder.run(overrides)) {
            int code = context.getBean(TailorJobRunner.class).run();
            if (code == 0) {
                new DatabaseCompaction().compactIfWorthIt(context.getBean(JdbcClient.class),
                        context.getBean(DataSource.class), settings, console);
            }
            return code;
        } catch (Exception e) {
            // Not console.warn: when Spring failed before setting logging up, its log line would reach the console.
            err.println("tailor: the job could not run: " + rootCause(e));
            err.flush();
            return 1;
        }
    }

    /**
     * The application as a run starts it, for Spring's build-time processing ({@code spring-boot:process-aot}): it
     * calls the main class to learn the run's beans, and stops the application before it starts. What it finds
     * (the auto-configurations whose conditions hold, the bean definitions) is fixed in generated code that
     * {@code -Dspring.aot.enabled=true} uses instead of working it out again at every start. So the properties
     * that decide conditions must be those of {@link #launch}; only their values differ.
     */
    public static SpringApplicationBuilder forAotProcessing(Class<?> application, Path db) {
        return builder(new Class<?>[] {application}, RunSettings.jdbcUrl(db), db.resolveSibling("aot.log"));
    }

    private static SpringApplicationBuilder builder(Class<?>[] sources, String jdbcUrl, Path logFile) {
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(Map.of("spring.datasource.url", jdbcUrl,
                        // Spring Boot sets logging up again at every launch: each run gets its own file, while
                        // the console keeps to warnings and tailor's own lines (application.yml thresholds).
                        "logging.file.name", logFile.toAbsolutePath().normalize().toString()));
    }

    private static String rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
