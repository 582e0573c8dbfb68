package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.analysis.SignalLexicon;
import dev.tailor.analysis.SkillTaxonomy;
import dev.tailor.letter.LetterTemplates;
import dev.tailor.posting.DuplicateKey;
import dev.tailor.posting.PostingIds;
import dev.tailor.posting.PostingReader;
import dev.tailor.profile.ProfileLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When an unchanged posting is parsed again and when it is not. The preparer under test reads with a reader that
 * refuses every file (a one-byte limit), so an outcome without an error shows the file was not parsed.
 */
class PostingPreparerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String PAGE = "<html><head><title>Backend Engineer</title></head><body><h1>Backend Engineer"
            + "</h1><p>Northwind Freight is hiring.</p></body></html>";

    @TempDir
    Path tmp;

    private RunSettings settings;
    private RunInputs inputs;

    @BeforeEach
    void inputs() throws Exception {
        settings = new RunSettings(null, java.util.List.of(tmp), Path.of("data/profile.yaml"), Path.of("templates"),
                tmp.resolve("out"), tmp.resolve("db"), Set.of("md"), false, 10);
        inputs = new RunInputs(new ProfileLoader(Clock.systemUTC()).load(Path.of("data/profile.yaml")),
                LetterTemplates.load(Path.of("templates")), SkillTaxonomy.load(Path.of("data/skills.yaml")),
                SignalLexicon.load(Path.of("data/signals.yaml")), "inputs-v1");
    }

    @Test
    void anUnchangedPostingWithItsKeyKeptIsNotParsedAgain() throws Exception {
        PostingFile file = save("a.html", PAGE);
        StoredPosting stored = upToDate(file, PAGE, false);

        PreparedPosting prepared = refusingPreparer().prepare(file, Optional.of(stored), TODAY);

        assertThat(prepared.error()).isNull();
        assertThat(prepared.outcome().processed()).isFalse();
        assertThat(prepared.outcome().record().state()).isEqualTo("unchanged");
        assertThat(prepared.key()).isSameAs(stored.duplicateKey());
    }

    @Test
    void anUnchangedPostingThatSaidItExpiredStaysClosedWithoutParsing() throws Exception {
        PostingFile file = save("a.html", PAGE);

        PreparedPosting prepared = refusingPreparer().prepare(file, Optional.of(upToDate(file, PAGE, true)), TODAY);

        assertThat(prepared.outcome().record().state()).isEqualTo("closed");
    }

    @Test
    void aPostingWithAClosingDateIsParsedAgainAsItMayHaveExpiredSince() throws Exception {
        String dated = PAGE.replace("</head>", "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\","
                + "\"validThrough\":\"2026-11-27\"}</script></head>");
        PostingFile file = save("a.html", dated);

        PreparedPosting prepared = refusingPreparer().prepare(file, Optional.of(upToDate(file, dated, false)), TODAY);

        assertThat(prepared.error()).isNotNull();
    }

    @Test
    void aPostingWhoseKeyWasNotKeptIsParsedAgain() throws Exception {
        PostingFile file = save("a.html", PAGE);
        StoredPosting withKey = upToDate(file, PAGE, false);
        StoredPosting withoutKey = new StoredPosting(withKey.id(), withKey.status(), withKey.contentHash(),
                withKey.fingerprint(), withKey.letterStem(), withKey.firstSeen(), null, false, 1, null);

        assertThat(refusingPreparer().prepare(file, Optional.of(withoutKey), TODAY).error()).isNotNull();
    }

    private PostingPreparer refusingPreparer() {
        return refusingPreparer(Clock.systemUTC());
    }

    private PostingPreparer refusingPreparer(Clock fileSystemClock) {
        return new PostingPreparer(settings, inputs, new PostingReader(1), 1024 * 1024, fileSystemClock);
    }

    private PostingFile save(String name, String content) throws Exception {
        Path path = tmp.resolve(name);
        Files.writeString(path, content);
        return new PostingFile(path, path.toString());
    }

    /** The row a first run leaves for the file: done, its letter written, its key kept. */
    private StoredPosting upToDate(PostingFile file, String content, boolean expired) throws Exception {
        String hash = PostingIds.sha256(content.getBytes(StandardCharsets.UTF_8));
        String fingerprint = PostingIds.sha256((hash + "\n" + inputs.fingerprint()
                + PostingLifecycle.fingerprintMark(TODAY, TODAY)).getBytes(StandardCharsets.UTF_8));
        String stem = "letters/a";
        Path letter = PostingProcessor.letterFile(settings, stem, "md");
        Files.createDirectories(letter.getParent());
        Files.writeString(letter, "Dear team,");
        String id = PostingIds.idOf(file.source());
        return new StoredPosting(id, "DONE", hash, fingerprint, stem, TODAY,
                new DuplicateKey(id, file.source(), null, null), expired, 1, null);
    }

    /** The same row, with the stamp the file has now, as a run that read the settled file leaves it. */
    private StoredPosting stamped(PostingFile file, String content) throws Exception {
        StoredPosting row = upToDate(file, content, false);
        return new StoredPosting(row.id(), row.status(), row.contentHash(), row.fingerprint(), row.letterStem(),
                row.firstSeen(), row.duplicateKey(), row.expired(), row.lastRun(), settledStamp(file).text());
    }

    private static FileStamp settledStamp(PostingFile file) {
        return FileStamp.of(file.path(), later().instant()).orElseThrow();
    }

    /** A file-system clock late enough for the files a test just wrote to have settled. */
    private static Clock later() {
        return Clock.offset(Clock.systemUTC(), FileStamp.SETTLED.multipliedBy(5));
    }

    @Test
    void anUnchangedPostingWhoseFileKeepsItsStampIsNotReadAgain() throws Exception {
        PostingFile file = save("a.html", PAGE);
        // the row stands for other bytes than the file's: only a preparer that does not read them finds it unchanged
        String other = PAGE.replace("hiring", "growing");
        StoredPosting stored = stamped(file, other);

        PreparedPosting prepared = refusingPreparer(later()).prepare(file, Optional.of(stored), TODAY);

        assertThat(prepared.error()).isNull();
        assertThat(prepared.outcome().processed()).isFalse();
        assertThat(prepared.contentHash()).isEqualTo(stored.contentHash());
        assertThat(prepared.outcome().fileStamp()).isEqualTo(stored.fileStamp());
    }

    @Test
    void aPostingWhoseFileWasRewrittenIsReadAgain() throws Exception {
        PostingFile file = save("a.html", PAGE);
        StoredPosting stored = stamped(file, PAGE);
        String changed = PAGE.replace("hiring", "hiring now");
        Files.writeString(file.path(), changed);

        PreparedPosting prepared = refusingPreparer(later()).prepare(file, Optional.of(stored), TODAY);

        assertThat(prepared.error()).as("read and parsed again").isNotNull();
        assertThat(prepared.contentHash()).isEqualTo(PostingIds.sha256(changed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileReadRightAfterItChangedLeavesNoStampToTrust() throws Exception {
        PostingFile file = save("a.html", PAGE);

        PreparedPosting prepared = refusingPreparer().prepare(file, Optional.of(upToDate(file, PAGE, false)), TODAY);

        assertThat(prepared.outcome().processed()).isFalse();
        assertThat(prepared.outcome().fileStamp()).isNull();
    }

    @Test
    void aSettledFileReadAgainLeavesItsStampForTheNextRun() throws Exception {
        PostingFile file = save("a.html", PAGE);
        FileStamp stamp = settledStamp(file);

        PreparedPosting prepared = refusingPreparer(later())
                .prepare(file, Optional.of(upToDate(file, PAGE, false)), TODAY);

        assertThat(prepared.outcome().fileStamp()).isEqualTo(stamp.text());
    }

    /** The bundled posting of the start-up rehearsal goes through every stage, so the rehearsal warms them all. */
    @Test
    void theRehearsalPostingIsReadAndTailoredToTheEnd() throws Exception {
        byte[] page;
        try (java.io.InputStream in = StartupRehearsal.class.getResourceAsStream(StartupRehearsal.POSTING)) {
            page = in.readAllBytes();
        }
        RunSettings allFormats = new RunSettings(null, settings.postings(), settings.profile(), settings.templates(),
                settings.out(), settings.db(), Set.of("md", "html", "docx"), false, 10);

        PostingOutcome outcome = new PostingPreparer(allFormats, inputs, new PostingReader(), 1024 * 1024)
                .rehearse("rehearsal.html", page, TODAY);

        assertThat(outcome.processed()).isTrue();
        assertThat(outcome.record().company()).isEqualTo("Warmwater Example");
        assertThat(outcome.letter().html()).isNotBlank();
        assertThat(outcome.letter().docx()).isNotEmpty();
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
