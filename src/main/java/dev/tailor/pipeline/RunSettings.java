package dev.tailor.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything one run needs to know, after the job file and the command-line flags are combined.
 * Paths are as the person wrote them, resolved against the working directory.
 *
 * @param jobFile   the job file read, or null when none was
 * @param postings  folders or files holding saved postings
 * @param profile   the candidate profile
 * @param templates the letter templates folder
 * @param out       the output folder
 * @param db        the H2 database file, without extension
 * @param formats   letter formats to write; always contains "md"
 * @param force     redo every posting even when nothing changed
 * @param skipLimit how many bad postings may be skipped before the run fails
 */
public record RunSettings(
        Path jobFile,
        List<Path> postings,
        Path profile,
        Path templates,
        Path out,
        Path db,
        Set<String> formats,
        boolean force,
        int skipLimit) {

    /** Every letter format tailor can write, in the order they are written. */
    public static final List<String> ALL_FORMATS = List.of("md", "html", "docx");

    public RunSettings {
        postings = List.copyOf(postings);
        formats = Set.copyOf(formats);
    }

    /** The JDBC URL of the H2 file database: no server, no console, no code-running options. */
    public String jdbcUrl() {
        return jdbcUrl(db);
    }

    /**
     * The JDBC URL of the H2 file database {@code db} (without extension); {@code tailor status} reads it too.
     * H2's page cache is kept at 4 MB: the run reads and writes the posting rows once each, in order, so a large
     * cache buys nothing, while the pages it churns through outlive young collections and made the heap grow
     * (an unchanged re-run of 50,000 postings peaked at 1.86 GB RSS with H2's default cache, 1.26 GB with this).
     * {@code WRITE_DELAY=0} writes each commit to the file at once: by default H2 writes up to half a second later,
     * so a run killed soon after a chunk committed lost that chunk and could not resume from it.
     * {@code MAX_COMPACT_TIME=50}: H2 compacts its file for at most 50 ms when it closes, not 200 ms. At 10,000
     * postings closing took 0.14-0.26 s instead of 0.23-0.31 s of an unchanged re-run, and the file stayed at
     * 87-129 MB over 8 such runs, as with 200 ms (92-128 MB); at 50,000 it made no difference (6 runs each, the file
     * 407-747 MB either way). Without it (0) the file grew by 69 MB a run. A file left mostly empty is compacted
     * whole after the run ({@link DatabaseCompaction}).
     */
    public static String jdbcUrl(Path db) {
        return "jdbc:h2:file:" + db.toAbsolutePath().normalize()
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096;WRITE_DELAY=0;MAX_COMPACT_TIME=50";
    }
}
