package dev.tailor.report;

import dev.tailor.faults.CrashPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the review workbook {@code summary.xlsx}: the Postings sheet to review, the Skills demand sheet with its
 * chart, the Skipped sheet of what produced no letter, and the Runs sheet.
 *
 * <p>Streams rows (SXSSF), so 100,000 postings fit in a small heap. The person's Status and Notes are carried over
 * from the {@link ReviewEntry reviews} read by {@link ReviewWorkbookReader}. The new workbook replaces the old one
 * atomically, and the old one is kept as {@code summary.xlsx.bak}. When the old one cannot be replaced (open in
 * Excel on Windows, read-only) or backed up, the new workbook is written beside it instead and the old one is left
 * untouched: a person's edits are never overwritten without a copy.
 */
public final class ReviewWorkbookWriter {

    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    static final int ROW_WINDOW = 100;

    static final String BACKUP_SUFFIX = ".bak";

    /** Postings with these statuses have no letter and go to the Skipped sheet instead. */
    private static final Set<String> NOT_PROCESSED = Set.of("SKIPPED", "FAILED");

    private static final DateTimeFormatter BESIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    /** A writer that stamps fallback file names with the system clock. */
    public ReviewWorkbookWriter() {
        this(Clock.systemDefaultZone());
    }

    /** A writer that stamps fallback file names ({@code summary-<yyyyMMdd-HHmmss>.xlsx}) with {@code clock}. */
    public ReviewWorkbookWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the workbook to {@code xlsx}, or beside it when {@code xlsx} cannot be replaced.
     *
     * @param xlsx     where the workbook goes; letter paths in {@code postings} are relative to its folder (the
     *                 output folder), so the Letter links work from there
     * @param postings every posting of the run, in display order (the caller sorts, newest first); SKIPPED and
     *                 FAILED ones go to the Skipped sheet
     * @param reviews  the person's Status and Notes by posting id; a posting without one gets "to review", one
     *                 whose status is null (cleared by the person) gets an empty Status
     * @param runs     the rows of the Runs sheet, in display order
     * @param profileSkills the candidate's skills, canonical names (case does not matter), for the Skills demand
     *                 sheet's "In your profile" column
     * @return the file actually written: {@code xlsx}, or a {@code summary-<timestamp>.xlsx} beside it
     * @throws IOException when no workbook could be written at all
     */
    public Path write(Path xlsx, Iterable<PostingRecord> postings, Map<String, ReviewEntry> reviews, List<RunRow> runs,
            Collection<String> profileSkills) throws IOException {
        Objects.requireNonNull(profileSkills, "profileSkills");
        return writeChecked(xlsx, postings, reviews, runs, profileSkills);
    }

    /**
     * Writes the workbook without knowing the candidate: as {@link #write(Path, Iterable, Map, List, Collection)},
     * with the Skills demand sheet's "In your profile" column left empty.
     */
    public Path write(Path xlsx, Iterable<PostingRecord> postings, Map<String, ReviewEntry> reviews, List<RunRow> runs)
            throws IOException {
        return writeChecked(xlsx, postings, reviews, runs, null);
    }

    private Path writeChecked(Path xlsx, Iterable<PostingRecord> postings, Map<String, ReviewEntry> reviews,
            List<RunRow> runs, Collection<String> profileSkills) throws IOException {
        Objects.requireNonNull(xlsx, "xlsx");
        Objects.requireNonNull(postings, "postings");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(runs, "runs");
        Path temp = AtomicFiles.createTempBeside(xlsx);
        try {
            writeWorkbook(temp, postings, reviews, runs, profileSkills);
            CrashPoint.reached("workbook-written");
            return install(temp, xlsx);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void writeWorkbook(Path file, Iterable<PostingRecord> postings, Map<String, ReviewEntry> reviews,
            List<RunRow> runs, Collection<String> profileSkills) throws IOException {
        SXSSFWorkbook workbook = new QuicklyZippedWorkbook(ROW_WINDOW);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            CellWriter cells = new CellWriter(workbook);
            // every sheet is created up front, so they keep this order whenever each is filled
            PostingsSheet postingsSheet = new PostingsSheet(workbook, cells, AtomicFiles.folderOf(file),
                    Path.of("").toAbsolutePath());
            SkillsDemandSheet skillsSheet = new SkillsDemandSheet(workbook, cells);
            SkippedSheet skippedSheet = new SkippedSheet(workbook, cells);
            SkillDemand demand = new SkillDemand(profileSkills);
            for (PostingRecord posting : postings) {
                if (posting.status() != null && NOT_PROCESSED.contains(posting.status())) {
                    skippedSheet.add(posting);
                } else {
                    postingsSheet.add(posting, posting.id() == null ? null : reviews.get(posting.id()));
                    demand.add(posting);
                }
            }
            postingsSheet.finish();
            skillsSheet.write(demand.rows());
            skippedSheet.finish();
            RunsSheet.write(workbook, cells, runs);
            workbook.write(out);
        } finally {
            // close() alone leaves SXSSF's temporary row files behind
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * Writes to {@code xlsx} the workbook this writer wrote there, with the Runs sheet of {@code runs}: for a run
     * after which {@link #write} would write the same postings, reviews and skills again. The caller vouches that
     * {@code xlsx} is byte for byte what this writer wrote and that only the runs changed since; every other sheet
     * is copied as it is. Replaced as {@link #write} replaces it (the old one kept as .bak, or the new one written
     * beside it).
     *
     * @return the file actually written
     * @throws IOException when the workbook is not one this version writes, or no workbook could be written
     */
    public Path writeRuns(Path xlsx, List<RunRow> runs) throws IOException {
        Objects.requireNonNull(xlsx, "xlsx");
        Objects.requireNonNull(runs, "runs");
        Path temp = AtomicFiles.createTempBeside(xlsx);
        try {
            RunsSheetPatch.write(xlsx, temp, runs);
            CrashPoint.reached("workbook-written");
            return install(temp, xlsx);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * SXSSF zipping at the fastest level: the Postings sheet of 10,000 rows is 17 MB of XML, which the default
     * level took about half a second to deflate every run, for a file a third smaller (1.6 MB instead of 2.1 MB).
     */
    private static final class QuicklyZippedWorkbook extends SXSSFWorkbook {
        QuicklyZippedWorkbook(int rowWindow) {
            super(rowWindow);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Keeps the old workbook as .bak, then renames the new one over it; else puts the new one beside it. */
    private Path install(Path temp, Path target) throws IOException {
        try {
            if (Files.isRegularFile(target)) {
                AtomicFiles.copyIntoPlace(target, backupOf(target));
            }
            AtomicFiles.moveIntoPlace(temp, target);
            return target;
        } catch (IOException cannotReplace) {
            return moveBeside(temp, target, cannotReplace);
        }
    }

    private Path moveBeside(Path temp, Path target, IOException cause) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String stamp = LocalDateTime.now(clock).format(BESIDE_STAMP);
        for (int attempt = 1; ; attempt++) {
            String suffix = attempt == 1 ? "" : "-" + attempt;
            Path beside = target.resolveSibling(stem + "-" + stamp + suffix + extension);
            try {
                // no REPLACE_EXISTING: a file of that name is an earlier fallback the person may still need
                Files.move(temp, beside);
                return beside;
            } catch (FileAlreadyExistsException taken) {
                // two runs in the same second: take the next number
            } catch (IOException besideFailed) {
                besideFailed.addSuppressed(cause);
                throw besideFailed;
            }
        }
    }

    /** Where the previous workbook is kept: {@code summary.xlsx.bak}. */
    static Path backupOf(Path xlsx) {
        return xlsx.resolveSibling(xlsx.getFileName() + BACKUP_SUFFIX);
    }
}
