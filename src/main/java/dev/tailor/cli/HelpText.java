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
              tailor schedule [JOB.yaml] [same flags as run]
                  Stays up and runs the job at every firing of the job file's six-field cron
                  'schedule', each exactly as 'tailor run'. Stops on SIGTERM or Ctrl-C (a run
                  in progress is finished first).
              tailor status [JOB.yaml] [--db PATH]
                  The last runs (when, how long, counts, outcome) and the postings the last
                  one found new, changed or closed. Reads only; never disturbs a run.
              tailor --help
                  Shows this text.

            Not available yet (each answers "not available yet" with exit code 2):
              tailor fetch [JOB.yaml] | URL...    saves postings from URLs and job boards
              tailor profile import RESUME.docx   prints a draft profile from a Word resume

            Exit codes: 0 done (skipped postings included), 1 job failed,
                        2 bad usage or invalid job file/profile/template (nothing written),
                        3 another run holds the database (nothing touched).
            """;

    private HelpText() {
    }
}
