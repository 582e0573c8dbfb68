package dev.tailor.pipeline;

import dev.tailor.analysis.Analysis;
import dev.tailor.analysis.PostingAnalyzer;
import dev.tailor.faults.CrashPoint;
import dev.tailor.letter.DocxLetterWriter;
import dev.tailor.letter.Letter;
import dev.tailor.letter.LetterRenderException;
import dev.tailor.letter.LetterRenderer;
import dev.tailor.match.AchievementMatcher;
import dev.tailor.match.Tailoring;
import dev.tailor.posting.DuplicateIndex;
import dev.tailor.posting.Posting;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.PostingParseException;
import dev.tailor.posting.PostingReader;
import dev.tailor.report.PostingRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one posting file into a letter: read, parse, analyze, match, render. A posting whose file and
 * inputs are unchanged since its letter was written is passed on as unchanged without a new letter. A posting
 * that duplicates one read before it in the run (same address, near-identical text) gets no letter: it is
 * recorded as SKIPPED "duplicate of …" and its source is added to the original's {@code sources}.
 */
public class PostingProcessor implements ItemProcessor<PostingFile, PostingOutcome> {
    private final RunSettings settings;
    private final RunInputs inputs;
    private final PostingStore store;
    private final CurrentRun run;
    private final PostingReader reader;
    private final PostingAnalyzer analyzer;
    private final AchievementMatcher matcher;
    private final LetterRenderer renderer;
    private final DocxLetterWriter docx;
    private final long maxPostingBytes;
    private DuplicateIndex duplicates = new DuplicateIndex();
    private long duplicatesRun = -1;

    public PostingProcessor(RunSettings settings, RunInputs inputs, PostingStore store, CurrentRun run,
            PostingReader reader, long maxPostingBytes) {
        this.settings = settings;
        this.inputs = inputs;
        this.store = store;
        this.run = run;
        this.reader = reader;
        this.analyzer = new PostingAnalyzer(inputs.taxonomy(), inputs.lexicon());
        this.matcher = new AchievementMatcher(name -> inputs.taxonomy().lookup(name).map(e -> e.name()).orElse(name));
        this.renderer = new LetterRenderer(inputs.templates());
        this.docx = new DocxLetterWriter();
        this.maxPostingBytes = maxPostingBytes;
    }

    @Override
    public PostingOutcome process(PostingFile file) throws PostingRejectedException {
        String id = PostingIds.idOf(file.source());
        byte[] bytes = readBytes(file);
        String contentHash = PostingIds.sha256(bytes);
        Optional<StoredPosting> stored = store.find(id);
        LocalDate today = run.today();
        LocalDate firstSeen = stored.map(StoredPosting::firstSeen).orElse(today);
        String fingerprint = PostingIds.sha256((contentHash + "\n" + inputs.fingerprint()
                + PostingLifecycle.fingerprintMark(firstSeen, today)).getBytes(StandardCharsets.UTF_8));
        // Parsed even when unchanged (a few milliseconds): duplicates are found among every posting of the run.
        Posting posting;
        try {
            posting = reader.read(file.path(), bytes, file.source());
        } catch (PostingParseException e) {
            throw new PostingRejectedException(file, contentHash, e.reason(), false, e);
        }
        Optional<DuplicateIndex.Match> duplicate = duplicates().add(posting);
        if (duplicate.isPresent()) {
            DuplicateIndex.Match original = duplicate.get();
            String reason = "duplicate of " + original.source() + " (" + original.kind().words() + ")";
            return PostingOutcome.duplicate(file, contentHash, RecordMapper.rejected(id, file.source(), false, reason,
                    stateOf(stored, contentHash), firstSeen, today), original.id());
        }
        // A posting that says it expired is closed, like one whose file is gone.
        String state = posting.expired() ? "closed" : stateOf(stored, contentHash);
        if (!settings.force() && stored.isPresent() && isUpToDate(stored.get(), fingerprint)) {
            return PostingOutcome.unchanged(file, contentHash, fingerprint, id, posting.expired() ? "closed" : "unchanged");
        }
        try {
            Analysis analysis = PostingLifecycle.withLongOpen(analyzer.analyze(posting), posting, firstSeen, today);
            Tailoring tailoring = matcher.match(analysis, inputs.profile(), today);
            Letter letter = renderer.render(posting, analysis, inputs.profile(), tailoring, today);
            String stem = "letters/" + LetterSlug.of(posting.company(), posting.title(), id);
            String html = settings.formats().contains("html") ? letter.html() : null;
            byte[] word = settings.formats().contains("docx") ? docx.write(letter, inputs.profile(), posting, today) : null;
            PostingRecord record = RecordMapper.done(posting, analysis, tailoring, letter, stem + ".md", state,
                    firstSeen, today);
            CrashPoint.reached("posting-processed");
            return new PostingOutcome(file, true, contentHash, fingerprint, record,
                    new PostingOutcome.RenderedLetter(stem, letter.markdown(), html, word));
        } catch (RuntimeException e) {
            // A bug or an odd posting must not stop the night's run: record it and go on.
            // A template error already names the template and line; other errors need their type to be traced.
            String why = e instanceof LetterRenderException ? e.getMessage() : e.toString();
            throw new PostingRejectedException(file, contentHash, "could not tailor a letter: " + why, true, e);
        }
    }

    /** The run's duplicate index: started afresh for each run (a `schedule` process runs many). */
    private DuplicateIndex duplicates() {
        if (duplicatesRun != run.runId()) {
            duplicates = new DuplicateIndex();
            duplicatesRun = run.runId();
        }
        return duplicates;
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
            if (!Files.exists(letterFile(settings, stored.letterStem(), format))) {
                return false;
            }
        }
        return true;
    }

    static String stateOf(Optional<StoredPosting> stored, String contentHash) {
        if (stored.isEmpty()) {
            return "new";
        }
        return contentHash != null && contentHash.equals(stored.get().contentHash()) ? "unchanged" : "changed";
    }

    /** The letter formats in the order they are written, as stored. */
    static String formatsOf(RunSettings settings) {
        return String.join(",", RunSettings.ALL_FORMATS.stream().filter(settings.formats()::contains).toList());
    }

    static Path letterFile(RunSettings settings, String stem, String format) {
        return settings.out().resolve(stem + "." + format);
    }
}
