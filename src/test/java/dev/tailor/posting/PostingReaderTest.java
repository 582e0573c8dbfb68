package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingReaderTest {
    private static final String SHORT_POSTING = "Tester at Acme\n\nAcme tests things and writes down what it finds.\n";

    @TempDir
    Path dir;

    private final PostingReader reader = new PostingReader();

    @Test
    void derivesTheIdFromTheSourceLabel() throws Exception {
        Posting posting = reader.read(Fixtures.path("header.txt"), "postings/header.txt");

        assertThat(posting.id()).isEqualTo(PostingIds.idOf("postings/header.txt"));
        assertThat(posting.source()).isEqualTo("postings/header.txt");
    }

    @Test
    void keepsTheSameIdWhenTheContentChanges() throws Exception {
        Path file = write("posting.txt", SHORT_POSTING);
        Posting before = reader.read(file, "postings/posting.txt");
        Files.writeString(file, SHORT_POSTING + "It pays well.\n");
        Posting after = reader.read(file, "postings/posting.txt");

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
    }

    @Test
    void hashesTheRawBytes() throws Exception {
        Path file = Fixtures.path("lever.html");

        Posting posting = reader.read(file, "postings/lever.html");

        assertThat(posting.contentHash()).isEqualTo(PostingIds.sha256(Files.readAllBytes(file)));
    }

    @Test
    void takesTheHashTheCallerWorkedOutAlready() throws Exception {
        Path file = Fixtures.path("lever.html");
        byte[] bytes = Files.readAllBytes(file);
        String hash = PostingIds.sha256(bytes);

        Posting given = reader.read(file, bytes, hash, "postings/lever.html");

        assertThat(given).isEqualTo(reader.read(file, bytes, "postings/lever.html"));
        assertThat(given.contentHash()).isEqualTo(hash);
    }

    @Test
    void givesTheSameHashForTheSameBytesUnderAnotherName() throws Exception {
        Path first = write("a.txt", SHORT_POSTING);
        Path second = write("b.txt", SHORT_POSTING);

        assertThat(reader.read(first, "a.txt").contentHash()).isEqualTo(reader.read(second, "b.txt").contentHash());
    }

    @Test
    void acceptsTheHtmExtensionInAnyCase() throws Exception {
        Path file = dir.resolve("copy.HTM");
        Files.copy(Fixtures.path("lever.html"), file);

        assertThat(reader.read(file, "copy.HTM").title()).isEqualTo("Senior Data Platform Engineer");
    }

    @Test
    void readsBytesTheCallerAlreadyHoldsAsIfFromTheFile() throws Exception {
        Path file = Fixtures.path("lever.html");

        Posting fromBytes = reader.read(file, Files.readAllBytes(file), "postings/lever.html");

        assertThat(fromBytes).isEqualTo(reader.read(file, "postings/lever.html"));
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = write("empty.txt", "");

        assertThatThrownBy(() -> reader.read(file, "empty.txt"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is empty");
    }

    @Test
    void rejectsAFileOfOnlyWhitespace() throws Exception {
        Path file = write("blank.md", " \n\t\n");

        assertThatThrownBy(() -> reader.read(file, "blank.md")).hasMessage("the file is empty");
    }

    @Test
    void rejectsBinaryContent() throws Exception {
        Path file = dir.resolve("data.html");
        Files.write(file, new byte[] {'a', 'b', 0, 0, 0, 13, 'c', 'd'});

        assertThatThrownBy(() -> reader.read(file, "data.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is binary, not text (it contains NUL bytes)");
    }

    @Test
    void namesAKnownBinaryFormat() throws Exception {
        Path file = dir.resolve("photo.html");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> reader.read(file, "photo.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is binary, not text: it is a PNG image");
    }

    @Test
    void rejectsAFileOverTheDefaultCap() throws Exception {
        Path file = dir.resolve("huge.html");
        Files.write(file, new byte[(int) PostingReader.DEFAULT_MAX_BYTES + 1]);

        assertThatThrownBy(() -> reader.read(file, "huge.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is too large for a posting: 5242881 bytes, over the limit of 5 MB");
    }

    @Test
    void takesTheSizeCapFromTheConstructor() throws Exception {
        Path file = write("posting.txt", SHORT_POSTING);

        assertThatThrownBy(() -> new PostingReader(10).read(file, "posting.txt"))
                .hasMessage("the file is too large for a posting: " + SHORT_POSTING.length() + " bytes, over the limit of 10 bytes");
    }

    @Test
    void refusesANonPositiveCap() {
        assertThatThrownBy(() -> new PostingReader(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsJsonPayloads() throws Exception {
        Path file = dir.resolve("job.JSON");
        Files.copy(Fixtures.path("api/greenhouse-job.json"), file);

        assertThat(reader.read(file, "job.JSON").title()).isEqualTo("Platform Engineer");
    }

    @Test
    void rejectsOtherFileTypesNamingTheExtension() throws Exception {
        Path file = write("posting.pdf", "%PDF-1.7");

        assertThatThrownBy(() -> reader.read(file, "posting.pdf"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("unsupported file type .pdf");
    }

    @Test
    void rejectsAFileWithoutExtension() throws Exception {
        Path file = write("README", SHORT_POSTING);

        assertThatThrownBy(() -> reader.read(file, "README")).hasMessageContaining("no extension");
    }

    @Test
    void namesTheSourceInTheException() throws Exception {
        Path file = write("empty.txt", "");

        assertThatThrownBy(() -> reader.read(file, "postings/empty.txt"))
                .isInstanceOfSatisfying(PostingParseException.class,
                        e -> assertThat(e.source()).isEqualTo("postings/empty.txt"));
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.txt"), "gone.txt"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file does not exist");
    }

    @Test
    void rejectsAnEmptyPage() throws Exception {
        Path file = write("empty.html", "<html><head></head><body></body></html>");

        assertThatThrownBy(() -> reader.read(file, "empty.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("no job posting found in the page (only 0 words");
    }

    @Test
    void decodesUtf16TextMarkedByAByteOrderMark() throws Exception {
        Path file = dir.resolve("utf16.txt");
        byte[] text = "Bäcker at Brotzeit\n\nBrotzeit backt Brot für München.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(file, withBom);

        Posting posting = reader.read(file, "utf16.txt");

        assertThat(posting.title()).isEqualTo("Bäcker");
        assertThat(posting.text()).isEqualTo("Brotzeit backt Brot für München.");
    }

    @Test
    void dropsAUtf8ByteOrderMarkAndInvisibleCharacters() throws Exception {
        Path file = write("bom.txt", "\uFEFFTester at Acme\n\nAcme\u200B tests\u0007 things.\n");

        Posting posting = reader.read(file, "bom.txt");

        assertThat(posting.title()).isEqualTo("Tester");
        assertThat(posting.text()).isEqualTo("Acme tests things.");
    }

    @Test
    void alwaysGivesAtLeastOneSection() throws Exception {
        Path file = write("short.txt", SHORT_POSTING);

        assertThat(reader.read(file, "short.txt").sections()).hasSize(1);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
