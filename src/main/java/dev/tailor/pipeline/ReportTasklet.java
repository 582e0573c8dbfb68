package dev.tailor.pipeline;

import dev.tailor.analysis.TaxonomyEntry;
import dev.tailor.faults.CrashPoint;
import dev.tailor.posting.PostingIds;
import dev.tailor.report.JsonlExporter;
import dev.tailor.report.PostingRecord;
import dev.tailor.report.ReviewEntry;
import dev.tailor.report.ReviewWorkbookException;
import dev.tailor.report.ReviewWorkbookReader;
import dev.tailor.report.ReviewWorkbookWriter;
import dev.tailor.report.WorkbookBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Rebuilds postings.jsonl and summary.xlsx from H2 after the postings step. First it saves the Status
 * and Notes the person typed into the existing workbook, so that the new workbook carries them on.
 */
public class ReportTasklet implements Tasklet {
    static final String WORKBOOK = "summary.xlsx";
    static final String JSONL = "postings.jsonl";

    private final RunSettings settings;
    private final PostingStore postings;
    private final ReviewStore reviews;
    private final RunStore runs;
    private final CurrentRun run;
    private final RunConsole console;
    private final Clock clock;
    private final RunInputs inputs;

    public ReportTasklet(RunSettings settings, PostingStore postings, ReviewStore reviews, RunStore runs,
            CurrentRun run, RunConsole console, Clock clock, RunInputs inputs) {
        this.settings = settings;
        this.postings = postings;
        this.reviews = reviews;
        this.runs = runs;
        this.run = run;
        this.console = console;
        this.clock = clock;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        CrashPoint.reached("report-start");
        long runId = run.runId();
        Files.createDirectories(settings.out());
        LeftoverTempFiles.removeFrom(settings.out());
        LeftoverTempFiles.removeFrom(settings.out().resolve("letters"));
        postings.closeUnseen(runId);
        Path workbook = settings.out().resolve(WORKBOOK);
        Path target = workbook;
        // The person may have typed into a copy written beside an unreadable workbook: every workbook in the
        // folder is read, oldest first, so that the values of the newest one win.
        List<Path> workbooks = workbooksOldestFirst(workbook);
        Optional<RunStore.WorkbookWritten> lastWorkbook = runs.lastWorkbookWritten();
        boolean asLastWritten = workbooks.equals(List.of(workbook)) && isAsLastWritten(workbook, lastWorkbook);
        if (asLastWritten) {
            // Untouched since a run wrote it from H2's reviews, and committed them with its hash: reading it back
            // (a second or more for 10,000 rows) would find nothing to keep.
            workbooks = List.of();
        }
        for (Path file : workbooks) {
            try {
                reviews.saveAll(new ReviewWorkbookReader().read(file));
            } catch (ReviewWorkbookException e) {
                if (!file.equals(workbook)) {
                    console.warn(e.getMessage() + "; its Status and Notes could not be kept");
                    continue;
                }
                // Never overwrite a workbook we could not read: it may hold edits we failed to keep.
                target = settings.out().resolve("summary-"
                        + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".xlsx");
                console.warn(e.getMessage() + "; it is left as it is and the new workbook is written to " + target
                        + " (Status and Notes saved by earlier runs are in it)");
            }
        }
        Path jsonl = settings.out().resolve(JSONL);
        Optional<String> keptJsonl = jsonlAsWritten(jsonl);
        runs.finished(runId, LocalDateTime.now(clock), postings.countsOf(runId), "COMPLETED");
        Set<String> profileSkills = profileSkills();
        Map<String, ReviewEntry> saved = reviews.all();
        String basis = workbookBasis(profileSkills, saved);
        Path written = null;
        if (asLastWritten && lastWorkbook.get().basis() != null && lastWorkbook.get().basis().equals(basis)
                && !postings.changedAfter(lastWorkbook.get().runId())) {
            // Nothing the person typed to keep, and the same postings, reviews and skills as the workbook on disk:
            // a full write would differ from it only in the Runs sheet (10,000 rows encoded again for that).
            written = onlyRunsWritten(workbook);
        }
        String jsonlStamp;
        if (written != null) {
            jsonlStamp = keptJsonl.isPresent() ? keptJsonl.get() : writeJsonl(jsonl);
            CrashPoint.reached("jsonl-written");
        } else {
            // each file streams the records from the database: 100,000 of them would not fit in a small heap; both
            // files are written from one pass when both are written
            try (Stream<PostingRecord> records = postings.streamRecords();
                    JsonlExporter.Lines lines = keptJsonl.isPresent() ? null : new JsonlExporter().open(jsonl)) {
                if (lines == null) {
                    CrashPoint.reached("jsonl-written");
                }
                JsonlTee pass = new JsonlTee(records.iterator(), lines, keptJsonl.orElse(null));
                written = new ReviewWorkbookWriter().write(target, () -> pass, saved, runs.all(), profileSkills);
                jsonlStamp = pass.stamp();
            }
        }
        runs.wroteJsonl(runId, jsonlStamp);
        runs.wroteWorkbook(runId, PostingIds.sha256(Files.readAllBytes(written)), basis);
        if (!written.equals(workbook)) {
            console.warn("the workbook was written to " + written);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * The {@link JsonlStamp} of postings.jsonl when it is already what writing it would write: the last run to
     * record it wrote it in this format, it is still byte for byte that file (the person may have edited or deleted
     * it), and no posting changed what the file shows of it since. Writing it again would read and encode every
     * record of the history (40 MB at 10,000 postings) for the same bytes.
     */
    private Optional<String> jsonlAsWritten(Path jsonl) throws IOException {
        Optional<RunStore.JsonlWritten> last = runs.lastJsonlWritten();
        if (last.isPresent() && !postings.changedAfter(last.get().runId())
                && JsonlStamp.ofFile(jsonl).equals(Optional.of(last.get().stamp()))) {
            return Optional.of(last.get().stamp());
        }
        return Optional.empty();
    }

    /** Writes postings.jsonl alone from H2; returns its {@link JsonlStamp}. */
    private String writeJsonl(Path jsonl) throws IOException {
        try (Stream<PostingRecord> records = postings.streamRecords()) {
            return JsonlStamp.of(new JsonlExporter().write(jsonl, records::iterator));
        }
    }

    /**
     * The records on their way to the workbook, each also added to postings.jsonl when it is written; the file is
     * put in place when the last record has passed, before the workbook is.
     */
    private static final class JsonlTee implements Iterator<PostingRecord> {
        private final Iterator<PostingRecord> records;
        private final JsonlExporter.@Nullable Lines lines;
        private @Nullable String stamp;

        /** {@code lines} null: the file is kept as it is, with {@code keptStamp}. */
        JsonlTee(Iterator<PostingRecord> records, JsonlExporter.@Nullable Lines lines, @Nullable String keptStamp) {
            this.records = records;
            this.lines = lines;
            this.stamp = keptStamp;
        }

        @Override
        public boolean hasNext() {
            if (records.hasNext()) {
                return true;
            }
            if (stamp == null && lines != null) {
                try {
                    stamp = JsonlStamp.of(lines.finish());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                CrashPoint.reached("jsonl-written");
            }
            return false;
        }

        @Override
        public PostingRecord next() {
            PostingRecord record = records.next();
            if (lines != null) {
                try {
                    lines.add(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return record;
        }

        /** The file's stamp, once every record has passed. */
        String stamp() {
            if (stamp == null) {
                throw new IllegalStateException("the workbook did not take every record");
            }
            return stamp;
        }
    }

    /** Whether {@code workbook} is byte for byte the last workbook a run wrote. */
    private static boolean isAsLastWritten(Path workbook, Optional<RunStore.WorkbookWritten> last)
            throws IOException {
        return last.isPresent() && last.get().sha256().equals(PostingIds.sha256(Files.readAllBytes(workbook)));
    }

    /** {@code workbook} with only its Runs sheet written again, or null when it is not one this build can patch. */
    private @Nullable Path onlyRunsWritten(Path workbook) {
        try {
            return new ReviewWorkbookWriter().writeRuns(workbook, runs.all());
        } catch (IOException e) {
            // written in full instead, which needs nothing of the old file
            return null;
        }
    }

    /**
     * What a workbook is made from besides the postings and the runs, summed up: the build that writes it, the
     * profile's skills (Skills demand), the reviews (Status, Notes) and the folders its links are relative to.
     */
    private String workbookBasis(Set<String> profileSkills, Map<String, ReviewEntry> saved) {
        StringBuilder basis = new StringBuilder()
                .append(WorkbookBuild.stamp()).append('\n')
                .append(settings.out().toAbsolutePath()).append('\n')
                .append(Path.of("").toAbsolutePath()).append('\n')
                .append(String.join("\t", profileSkills)).append('\n');
        new TreeMap<>(saved).values().forEach(review -> basis.append(review.id()).append('\t')
                .append(review.status()).append('\t').append(review.notes()).append('\n'));
        return PostingIds.sha256(basis.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** summary.xlsx and the copies written beside it when it could not be read, oldest first. */
    private static List<Path> workbooksOldestFirst(Path workbook) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.exists(workbook)) {
            files.add(workbook);
        }
        try (Stream<Path> beside = Files.list(workbook.getParent())) {
            beside.filter(f -> f.getFileName().toString().matches("summary-\\d{8}-\\d{6}(-\\d+)?\\.xlsx"))
                    .forEach(files::add);
        }
        files.sort(Comparator.comparing(ReportTasklet::modified));
        return files;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The skills the candidate can claim, by their taxonomy names: the profile's list and every achievement's,
     * as the matcher counts them.
     */
    private Set<String> profileSkills() {
        Set<String> skills = new LinkedHashSet<>();
        inputs.profile().skills().forEach(name -> skills.add(canonical(name)));
        inputs.profile().achievements().forEach(a -> a.skills().forEach(name -> skills.add(canonical(name))));
        return skills;
    }

    private String canonical(String name) {
        return inputs.taxonomy().lookup(name).map(TaxonomyEntry::name).orElse(name);
    }
}
