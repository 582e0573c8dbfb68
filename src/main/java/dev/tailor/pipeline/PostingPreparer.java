package dev.tailor.pipeline;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.letter.DocxLetterWriter;
import dev.tailor.letter.Letter;
import dev.tailor.letter.LetterRenderException;
import dev.tailor.letter.LetterRenderer;
import dev.tailor.match.AchievementMatcher;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.DatedExpiry;
import dev.tailor.posting.DuplicateKey;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import dev.tailor.report.PostingRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Does the expensive part of a posting's work (read, parse, analyze, match, render) for one file. Thread-safe:
 * it holds no mutable state and never touches H2 (the stored row is looked up by the caller, on the step's
 * thread and inside the chunk's transaction), so the postings of a chunk can be prepared side by side.
 */
final class PostingPreparer {
    private final RunSettings settings;
    private final RunInputs inputs;
    private final PostingReader reader;
    private final PostingAnalyzer analyzer;
    private final AchievementMatcher matcher;
    private final LetterRenderer renderer;
    private final DocxLetterWriter docx;
    private final LetterStaging staging;
    private final long maxPostingBytes;
    private final Clock fileSystemClock;

    PostingPreparer(RunSettings settings, RunInputs inputs, PostingReader reader, long maxPostingBytes) {
        this(settings, inputs, reader, maxPostingBytes, Clock.systemUTC());
    }

    /**
     * {@code fileSystemClock} tells whether a file has settled ({@link FileStamp}): the file system's time, not the
     * run's day, which tests may fix.
     */
    PostingPreparer(RunSettings settings, RunInputs inputs, PostingReader reader, long maxPostingBytes,
            Clock fileSystemClock) {
        this.settings = settings;
        this.inputs = inputs;
        this.reader = reader;
        this.analyzer = new PostingAnalyzer(inputs.taxonomy(), inputs.lexicon());
        this.matcher = new AchievementMatcher(name -> inputs.taxonomy().lookup(name).map(e -> e.name()).orElse(name));
        this.renderer = new LetterRenderer(inputs.templates());
        this.docx = new DocxLetterWriter();
        this.staging = new LetterStaging(settings);
        this.maxPostingBytes = maxPostingBytes;
        this.fileSystemClock = fileSystemClock;
    }

    /** Prepares {@code file}, whose H2 row from earlier runs is {@code stored}; never throws but for an Error. */
    PreparedPosting prepare(PostingFile file, Optional<StoredPosting> stored, LocalDate today) {
        return prepare(file, PostingIds.idOf(file.source()), stored, today);
    }

    /** {@link #prepare(PostingFile, Optional, LocalDate)} for a caller that worked out the posting's id already. */
    PreparedPosting prepare(PostingFile file, String id, Optional<StoredPosting> stored, LocalDate today) {
        LocalDate firstSeen = stored.map(StoredPosting::firstSeen).orElse(today);
        String contentHash = null;
        DuplicateKey key = null;
        try {
            // Taken before the bytes are read, so that a change made while they are read shows in the next stamp.
            Optional<FileStamp> stamp = FileStamp.of(file.path(), fileSystemClock.instant());
            Optional<PreparedPosting> unread = unchangedWithoutReading(file, stored, stamp, id, firstSeen, today);
            if (unread.isPresent()) {
                return unread.get();
            }
            byte[] bytes = readBytes(file);
            contentHash = PostingIds.sha256(bytes);
            String fingerprint = fingerprint(contentHash, firstSeen, today);
            boolean dated = DatedExpiry.mayDependOnTheDate(bytes);
            // A stamp stands for bytes that say nothing about dates: only those may go unread next time.
            String keptStamp = dated ? null : stamp.map(FileStamp::text).orElse(null);
            Optional<PreparedPosting> unparsed = unchangedWithoutParsing(file, dated, stored, contentHash,
                    fingerprint, id, firstSeen, keptStamp);
            if (unparsed.isPresent()) {
                return unparsed.get();
            }
            // An unchanged posting whose last reading was not kept is parsed: duplicates are found among every
            // posting of the run, so its key is needed.
            Posting posting;
            try {
                posting = reader.read(file.path(), bytes, contentHash, file.source());
            } catch (PostingParseException e) {
                throw new PostingRejectedException(file, contentHash, e.reason(), false, e);
            }
            key = DuplicateKey.of(posting);
            PostingOutcome outcome = outcome(file, posting, key, stored, contentHash, fingerprint, id, firstSeen,
                    today, keptStamp);
            return new PreparedPosting(file, id, contentHash, stored, firstSeen, key, staged(outcome), null);
        } catch (Exception e) {
            return new PreparedPosting(file, id, contentHash, stored, firstSeen, key, null, e);
        }
    }

    /**
     * The outcome with its letter's files written ahead, here on the worker: the step's thread only moves them
     * into place ({@link LetterStaging}).
     */
    private PostingOutcome staged(PostingOutcome outcome) {
        return outcome.letter() == null ? outcome : outcome.withLetter(staging.stage(outcome.letter()));
    }

    /**
     * An unchanged posting whose file the file system shows untouched since its last reading: as
     * {@link #unchangedWithoutParsing}, without even reading the file. Reading and hashing the files is most of an
     * unchanged run's cost once parsing is saved.
     */
    private Optional<PreparedPosting> unchangedWithoutReading(PostingFile file, Optional<StoredPosting> stored,
            Optional<FileStamp> stamp, String id, LocalDate firstSeen, LocalDate today) {
        if (settings.force() || stored.isEmpty() || stamp.isEmpty() || stamp.get().size() > maxPostingBytes
                || !stamp.get().text().equals(stored.get().fileStamp()) || stored.get().duplicateKey() == null) {
            return Optional.empty();
        }
        StoredPosting known = stored.get();
        String fingerprint = fingerprint(known.contentHash(), firstSeen, today);
        if (!isUpToDate(known, fingerprint)) {
            return Optional.empty();
        }
        PostingOutcome outcome = PostingOutcome.unchanged(file, known.contentHash(), fingerprint, id,
                known.expired() ? "closed" : "unchanged", null, stamp.get().text());
        return Optional.of(new PreparedPosting(file, id, known.contentHash(), stored, firstSeen, known.duplicateKey(),
                outcome, null));
    }

    /**
     * An unchanged posting known well enough from its last reading not to be parsed again: its letter is up to
     * date, its duplicate key was kept, and whether it is expired cannot have changed with the date. Parsing is
     * most of an unchanged posting's cost, and most postings of a nightly run are unchanged.
     */
    private Optional<PreparedPosting> unchangedWithoutParsing(PostingFile file, boolean dated,
            Optional<StoredPosting> stored, String contentHash, String fingerprint, String id, LocalDate firstSeen,
            String keptStamp) {
        if (settings.force() || stored.isEmpty() || stored.get().duplicateKey() == null
                || !isUpToDate(stored.get(), fingerprint) || dated) {
            return Optional.empty();
        }
        StoredPosting known = stored.get();
        PostingOutcome outcome = PostingOutcome.unchanged(file, contentHash, fingerprint, id,
                known.expired() ? "closed" : "unchanged", null, keptStamp);
        return Optional.of(new PreparedPosting(file, id, contentHash, stored, firstSeen, known.duplicateKey(),
                outcome, null));
    }

    /**
     * Prepares a posting held in memory from start to end and throws the result away. Run on a spare core while
     * Spring starts, it loads and first compiles the code every posting needs. Writes nothing, touches no H2.
     */
    PostingOutcome rehearse(String source, byte[] bytes, LocalDate today)
            throws PostingParseException, PostingRejectedException {
        PostingFile file = new PostingFile(Path.of(source), source);
        String hash = PostingIds.sha256(bytes);
        Posting posting = reader.read(file.path(), bytes, hash, source);
        return outcome(file, posting, DuplicateKey.of(posting), Optional.empty(), hash, hash, PostingIds.idOf(source),
                today, today, null);
    }

    private PostingOutcome outcome(PostingFile file, Posting posting, DuplicateKey key, Optional<StoredPosting> stored,
            String contentHash, String fingerprint, String id, LocalDate firstSeen, LocalDate today, String keptStamp)
            throws PostingRejectedException {
        // A posting that says it expired is closed, like one whose file is gone.
        String state = posting.expired() ? "closed" : PostingProcessor.stateOf(stored, contentHash);
        if (!settings.force() && stored.isPresent() && isUpToDate(stored.get(), fingerprint)) {
            return PostingOutcome.unchanged(file, contentHash, fingerprint, id, posting.expired() ? "closed" : "unchanged",
                    new PostingOutcome.Reading(key, posting.expired()), keptStamp);
        }
        try {
            Analysis analysis = PostingLifecycle.withLongOpen(analyzer.analyze(posting), posting, firstSeen, today);
            Tailoring tailoring = matcher.match(analysis, inputs.profile(), today);
            Letter letter = renderer.render(posting, analysis, inputs.profile(), tailoring, today,
                    settings.formats().contains("html"));
            String stem = "letters/" + LetterSlug.of(posting.company(), posting.title(), id);
            String html = letter.html();
            byte[] word = settings.formats().contains("docx") ? docx.write(letter, inputs.profile(), posting, today) : null;
            PostingRecord record = RecordMapper.done(posting, analysis, tailoring, letter, stem + ".md", state,
                    firstSeen, today);
            return PostingOutcome.processed(file, contentHash, fingerprint, record,
                    new PostingOutcome.RenderedLetter(stem, letter.markdown(), html, word),
                    new PostingOutcome.Reading(key, posting.expired()), keptStamp);
        } catch (RuntimeException e) {
            // A bug or an odd posting must not stop the night's run: record it and go on.
            // A template error already names the template and line; other errors need their type to be traced.
            String why = e instanceof LetterRenderException ? e.getMessage() : e.toString();
            throw new PostingRejectedException(file, contentHash, "could not tailor a letter: " + why, true, e);
        }
    }

    /** The hash of the posting's content and of every input that shapes its letter. */
    private String fingerprint(String contentHash, LocalDate firstSeen, LocalDate today) {
        return PostingIds.sha256((contentHash + "\n" + inputs.fingerprint()
                + PostingLifecycle.fingerprintMark(firstSeen, today)).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] readBytes(PostingFile file) throws PostingRejectedException {
        try {
            long size = Files.size(file.path());
            if (size > maxPostingBytes) {
                throw new PostingRejectedException(file, null, "file is " + size / (1024 * 1024)
                        + " MB, larger than the " + maxPostingBytes / (1024 * 1024) + " MB limit for a posting",
                        false, null);
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new PostingRejectedException(file, null, "cannot read the file: " + e.getMessage(), false, e);
        }
    }

    private boolean isUpToDate(StoredPosting stored, String fingerprint) {
        // The fingerprint covers the formats too, so a format added to the job file redoes the letter.
        if (!"DONE".equals(stored.status()) || !fingerprint.equals(stored.fingerprint()) || stored.letterStem() == null) {
            return false;
        }
        // A letter the person deleted is written again.
        for (String format : settings.formats()) {
            if (!Files.exists(PostingProcessor.letterFile(settings, stored.letterStem(), format))) {
                return false;
            }
        }
        return true;
    }
}
