package dev.tailor.cli;

/** The text of {@code tailor --help}. */
final class HelpText {
    static final String TEXT = """
            tailor: turns saved job postings into tailored cover letters and a review workbook.

            Usage:
              tailor run [JOB.yaml] [--postings PATH]... [--profile FILE] [--out DIR]
                                    [--db PATH] [--templates DIR] [--force]
                  Reads every posting, writes one letter per posting (out/letters/), the review
                  workbook (out/summary.xlsx) and out/postings.jsonl. Without JOB.yaml it runs
                  jobs/nightly.yaml. Flags override the job file. A posting whose file, profile,
                  templates and formats are unchanged since the last run is not redone; --force
                  redoes everything. An interrupted run is finished by the next one.
              tailor check [JOB.yaml] [same flags as run]
                  Validates the job file, profile and templates; writes nothing.
              tailor fetch [JOB.yaml] [URL...] [--postings DIR] [--allow-private-addresses]
                  Saves postings as snapshots in the first postings folder: the URLs given, or else
                  the job file's urls (a file, one URL a line) and boards. Later runs read them
                  offline. Private and local addresses are refused unless allowed.
              tailor profile import RESUME.docx
                  Prints a draft profile (YAML) drafted from a Word resume: employers, roles,
                  years, one achievement per bullet point. Check it, then save it as your profile.
              tailor schedule [JOB.yaml] [same flags as run]
                  Stays up and runs the job at every firing of the job file's six-field cron
                  'schedule', each exactly as 'tailor run'. Stops on SIGTERM or Ctrl-C (a run
                  in progress is finished first).
              tailor status [JOB.yaml] [--db PATH]
                  The last runs (when, how long, counts, outcome) and the postings the last
                  one found new, changed or closed. Reads only; never disturbs a run.
              tailor --help
                  Shows this text.

            Exit codes: 0 done (skipped postings included), 1 job failed,
                        2 bad usage or invalid job file/profile/template (nothing written),
                        3 another run holds the database (nothing touched).
            """;

    private HelpText() {
    }
}
