-- Application tables of tailor, beside Spring Batch's job repository in the same database.
-- Every statement is idempotent: the script runs at every start.
CREATE TABLE IF NOT EXISTS tailor_posting (
    id            VARCHAR(32)   NOT NULL PRIMARY KEY,
    source        VARCHAR(4096) NOT NULL,
    status        VARCHAR(16)   NOT NULL,   -- DONE, SKIPPED or FAILED
    content_hash  VARCHAR(64),
    fingerprint   VARCHAR(64),               -- content hash + every input that shapes the letter
    letter_stem   VARCHAR(512),              -- letters/<slug>, without extension
    formats       VARCHAR(64),
    state         VARCHAR(16)   NOT NULL,   -- new, changed, unchanged or closed
    first_seen    DATE          NOT NULL,
    last_seen     DATE          NOT NULL,
    last_run      BIGINT        NOT NULL,   -- job instance id of the run that last read it
    last_outcome  VARCHAR(16)   NOT NULL,   -- processed, unchanged, skipped or failed in that run
    record        CLOB          NOT NULL    -- the postings.jsonl record as JSON
);
-- With the outcome beside the run, a run's counts come from the index alone (not from 10,000 rows of about 5 KB);
-- it replaces the index on last_run of earlier versions.
CREATE INDEX IF NOT EXISTS tailor_posting_last_run_outcome ON tailor_posting (last_run, last_outcome);
DROP INDEX IF EXISTS tailor_posting_last_run;

CREATE TABLE IF NOT EXISTS tailor_review (
    id      VARCHAR(32) NOT NULL PRIMARY KEY,
    status  VARCHAR(64),
    notes   CLOB,
    updated TIMESTAMP   NOT NULL
);

CREATE TABLE IF NOT EXISTS tailor_run (
    id         BIGINT      NOT NULL PRIMARY KEY,  -- job instance id
    started    TIMESTAMP   NOT NULL,
    ended      TIMESTAMP,
    read_count INT         NOT NULL DEFAULT 0,
    processed  INT         NOT NULL DEFAULT 0,
    unchanged  INT         NOT NULL DEFAULT 0,
    skipped    INT         NOT NULL DEFAULT 0,
    failed     INT         NOT NULL DEFAULT 0,
    outcome    VARCHAR(32) NOT NULL
);

-- The run that closed a posting (for `tailor status`); added after the first release, hence ALTER.
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS closed_run BIGINT;

-- What the duplicate check needs of a posting (its address and text signature) and whether it said it expired,
-- from its last reading, so that an unchanged posting is not parsed again; added after the first release.
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS key_kept BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS key_url VARCHAR(4096);
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS key_signature VARBINARY(1024);
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS expired BOOLEAN DEFAULT FALSE NOT NULL;

-- The SHA-256 of the workbook a run wrote, committed with the reviews it carries: while summary.xlsx is still
-- that file, it holds nothing the person typed that H2 does not, and is not read back; added after the first release.
ALTER TABLE tailor_run ADD COLUMN IF NOT EXISTS workbook_sha256 VARCHAR(64);

-- The size and times of a posting's file when it was last read (see FileStamp), kept only when its content says
-- nothing about dates: while they stay the same, an unchanged posting is not read again; added after the first
-- release.
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS file_stamp VARCHAR(512);

-- The run that last changed what postings.jsonl and the workbook show of a posting (its record, state, first or last
-- seen): while no posting changed after the run that wrote them, and they are still byte for byte what that run
-- wrote, the report step does not write them again. Rows of earlier versions get 0, which is safe: their runs
-- recorded no postings.jsonl, so the first run of this version writes everything; added after the first release.
ALTER TABLE tailor_posting ADD COLUMN IF NOT EXISTS changed_run BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX IF NOT EXISTS tailor_posting_changed_run ON tailor_posting (changed_run);

-- The export format and SHA-256 of the postings.jsonl a run wrote (or found already written), committed with the
-- rest of the report step; added after the first release.
ALTER TABLE tailor_run ADD COLUMN IF NOT EXISTS jsonl_written VARCHAR(100);

-- What the workbook a run wrote was made from besides the postings and runs (the build, the profile's skills, the
-- reviews, the folders its links start from): while that and the postings are unchanged and summary.xlsx is still
-- that file, only its Runs sheet is written again; added after the first release.
ALTER TABLE tailor_run ADD COLUMN IF NOT EXISTS workbook_basis VARCHAR(64);

-- A posting's record (about 4 KB of JSON) and the notes are kept in the row itself rather than in H2's separate
-- LOB store, which H2 uses above 256 bytes by default: writing and reading 10,000 records through the LOB store
-- cost about a fifth of the postings step's database time. Persistent; rows written before keep their place.
SET MAX_LENGTH_INPLACE_LOB 65536;
