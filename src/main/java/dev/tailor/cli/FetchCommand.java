package dev.tailor.cli;

import dev.tailor.fetch.FetchLine;
import dev.tailor.fetch.FetchSettings;
import dev.tailor.fetch.PostingFetcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code tailor fetch [JOB.yaml] [URL...] [--postings DIR] [--allow-private-addresses]}: saves postings from URLs
 * and job boards as snapshots in the (first) postings folder. URLs on the command line are fetched instead of the
 * job file's {@code urls} and {@code boards}. Prints one line per URL or board job and a summary; the exit code
 * is 0 whenever the command ran, even if some URLs were skipped, and 2 for bad usage.
 */
final class FetchCommand {
    private static final Set<String> OPTIONS = Set.of("postings");
    private static final Set<String> SWITCHES = Set.of("allow-private-addresses");

    private final PrintStream out;
    private final FetchSettings settings;
    private final BiFunction<FetchSettings, Path, PostingFetcher> fetchers;

    FetchCommand(PrintStream out) {
        this(out, FetchSettings.defaults(), PostingFetcher::create);
    }

    /** For tests: other settings (board endpoints, waits) and fetchers with a fake clock. */
    FetchCommand(PrintStream out, FetchSettings settings, BiFunction<FetchSettings, Path, PostingFetcher> fetchers) {
        this.out = out;
        this.settings = settings;
        this.fetchers = fetchers;
    }

    int execute(String... args) throws UsageException {
        Arguments arguments = Arguments.parse(args, OPTIONS, SWITCHES);
        if (arguments.has("help")) {
            out.print(HelpText.TEXT);
            return ExitCode.DONE;
        }
        Path jobPath = null;
        List<String> urls = new ArrayList<>();
        for (String word : arguments.positionals()) {
            if (isJobFile(word)) {
                if (jobPath != null) {
                    throw new UsageException("fetch takes one job file, not '" + jobPath + "' and '" + word + "'");
                }
                jobPath = Path.of(word);
            } else {
                urls.add(word);
            }
        }
        JobFile job = JobSettings.load(jobPath);
        String where = job.file() == null ? "a job file" : job.file().toString();
        Path folder = folder(arguments, job, where);
        List<String> boards = List.of();
        if (urls.isEmpty()) {
            urls = urlsOf(job);
            boards = job.boards();
        }
        if (urls.isEmpty() && boards.isEmpty()) {
            throw new UsageException("nothing to fetch: give URLs, or 'urls:' or 'boards:' in " + where);
        }
        boolean allowPrivate = arguments.has("allow-private-addresses") || job.allowPrivateAddresses();
        PostingFetcher fetcher = fetchers.apply(settings.withAllowPrivateAddresses(allowPrivate), folder);
        out.println("tailor: fetching " + count(urls.size(), "URL") + (boards.isEmpty() ? "" : " and "
                + count(boards.size(), "job board")) + " into " + folder);
        Map<FetchLine.Outcome, Integer> counts = new EnumMap<>(FetchLine.Outcome.class);
        try {
            for (String url : urls) {
                report(fetcher.fetchUrl(url), counts);
            }
            for (String board : boards) {
                fetcher.fetchBoard(board, line -> report(line, counts));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("tailor: fetch interrupted; what was saved so far is complete");
            return ExitCode.JOB_FAILED;
        }
        out.println("tailor: fetch done: " + counts.getOrDefault(FetchLine.Outcome.SAVED, 0) + " saved, "
                + counts.getOrDefault(FetchLine.Outcome.UNCHANGED, 0) + " unchanged, "
                + counts.getOrDefault(FetchLine.Outcome.SKIPPED, 0) + " skipped (snapshots in " + folder + ")");
        return ExitCode.DONE;
    }

    private void report(FetchLine line, Map<FetchLine.Outcome, Integer> counts) {
        out.println("  " + line);
        counts.merge(line.outcome(), 1, Integer::sum);
    }

    /** A job file ends in .yaml or .yml or is an existing file; any other word is a URL (checked when fetched). */
    private static boolean isJobFile(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return false;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(word));
        } catch (InvalidPathException notAPath) {
            return false; // e.g. "javascript:x" on Windows: a URL, refused with its reason when fetched
        }
    }

    /** The first postings folder: the run reads every folder, so saving into the first is enough. */
    private static Path folder(Arguments arguments, JobFile job, String where) throws UsageException {
        String value = arguments.option("postings") != null ? arguments.option("postings")
                : job.postings().isEmpty() ? null : job.postings().get(0);
        if (value == null) {
            throw new UsageException("no postings folder to save into: give --postings DIR or 'postings:' in " + where);
        }
        Path folder = Path.of(value);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("postings folder '" + value + "' is a file; fetch saves into a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UsageException("cannot create the postings folder '" + value + "': " + e.getMessage(), e);
        }
        return folder;
    }

    /** The URLs file: one URL a line; blank lines and lines starting with '#' are left out. */
    private static List<String> urlsOf(JobFile job) throws UsageException {
        if (job.urls() == null) {
            return new ArrayList<>();
        }
        Path file = Path.of(job.urls());
        if (!Files.isRegularFile(file)) {
            throw new UsageException("urls file '" + file + "' (from " + job.file() + ") does not exist");
        }
        try {
            List<String> urls = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    urls.add(url);
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UsageException("urls file '" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
