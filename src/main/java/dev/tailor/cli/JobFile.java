package dev.tailor.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * A job file (jobs/*.yaml) as written: null where a key is absent, so flags and defaults can fill in.
 *
 * @param file      where it was read from
 * @param postings  folders or files of saved postings
 * @param urls      a file of posting URLs, one a line (used by `fetch`)
 * @param boards    job boards as provider:slug (used by `fetch`)
 * @param profile   the candidate profile
 * @param templates the templates folder
 * @param out       the output folder
 * @param db        the H2 database path without extension
 * @param formats   letter formats
 * @param schedule  six-field cron expression (used by `schedule`)
 * @param skipLimit bad postings allowed before the run fails
 * @param allowPrivateAddresses whether `fetch` may reach loopback, private, link-local and unique-local addresses
 */
public record JobFile(
        Path file,
        List<String> postings,
        String urls,
        List<String> boards,
        String profile,
        String templates,
        String out,
        String db,
        List<String> formats,
        String schedule,
        Integer skipLimit,
        boolean allowPrivateAddresses) {

    /** A job file without the fetch-only switch (it defaults to false). */
    public JobFile(Path file, List<String> postings, String urls, List<String> boards, String profile, String templates,
            String out, String db, List<String> formats, String schedule, Integer skipLimit) {
        this(file, postings, urls, boards, profile, templates, out, db, formats, schedule, skipLimit, false);
    }

    /** A job file with no keys: every value comes from flags or defaults. */
    public static JobFile empty() {
        return new JobFile(null, List.of(), null, List.of(), null, null, null, null, List.of(), null, null);
    }
}
