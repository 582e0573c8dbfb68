package dev.tailor.cli;

import dev.tailor.pipeline.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines a job file, command-line flags and defaults into {@link RunSettings}, and checks that every
 * path is usable before anything is written. Flags override the job file; relative paths are taken
 * from the working directory (as in DESIGN.md's example, where jobs/nightly.yaml names data/postings).
 */
final class RunSettingsResolver {
    static final String DEFAULT_TEMPLATES = "templates";
    static final String DEFAULT_OUT = "out";
    static final String DEFAULT_DB = "data/tailor";
    static final int DEFAULT_SKIP_LIMIT = 1000;

    RunSettings resolve(JobFile job, Arguments args) throws UsageException {
        String where = job.file() == null ? "the command line" : job.file().toString();
        List<String> postingPaths = args.all("postings").isEmpty() ? job.postings() : args.all("postings");
        if (postingPaths.isEmpty()) {
            throw new UsageException("no postings: give --postings PATH or 'postings:' in " + where);
        }
        List<Path> postings = new ArrayList<>();
        for (String p : postingPaths) {
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new UsageException("postings folder or file '" + p + "' does not exist");
            }
            if (!Files.isReadable(path)) {
                throw new UsageException("postings folder or file '" + p + "' cannot be read");
            }
            postings.add(path);
        }
        String profileValue = first(args.option("profile"), job.profile(), null);
        if (profileValue == null) {
            throw new UsageException("no profile: give --profile FILE or 'profile:' in " + where);
        }
        Path profile = Path.of(profileValue);
        if (!Files.isRegularFile(profile)) {
            throw new UsageException("profile '" + profileValue + "' does not exist");
        }
        Path templates = Path.of(first(args.option("templates"), job.templates(), DEFAULT_TEMPLATES));
        if (!Files.isDirectory(templates)) {
            throw new UsageException("templates folder '" + templates + "' does not exist");
        }
        Path out = Path.of(first(args.option("out"), job.out(), DEFAULT_OUT));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("output folder '" + out + "' is a file");
        }
        String dbValue = first(args.option("db"), job.db(), DEFAULT_DB);
        // The path becomes part of a JDBC URL: a ';' would let it add settings (INIT=... runs SQL).
        if (dbValue.contains(";") || dbValue.contains("=") || dbValue.startsWith("jdbc:")) {
            throw new UsageException("database path '" + dbValue + "' must be a plain file path without extension");
        }
        if (dbValue.endsWith(".mv.db")) {
            dbValue = dbValue.substring(0, dbValue.length() - ".mv.db".length());
        }
        Set<String> formats = new LinkedHashSet<>();
        formats.add("md");
        formats.addAll(job.formats().isEmpty() ? RunSettings.ALL_FORMATS : job.formats());
        int skipLimit = job.skipLimit() == null ? DEFAULT_SKIP_LIMIT : job.skipLimit();
        return new RunSettings(job.file(), postings, profile, templates, out, Path.of(dbValue), formats,
                args.has("force"), skipLimit);
    }

    private static String first(String flag, String fromJob, String fallback) {
        if (flag != null) {
            return flag;
        }
        return fromJob != null ? fromJob : fallback;
    }
}
