package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not clean postings: compressed, mis-encoded, deeply nested, script-only, lists of jobs. */
class BadInputTest {
    private static final String BODY = "<h1>Platform Engineer</h1><p>" + "Brightfern Labs builds scheduling software "
            .repeat(15) + "for clinics in Zürich.</p>";
    private static final String PAGE = "<html><head><title>Platform Engineer - Brightfern Labs</title></head><body>"
            + BODY + "</body></html>";

    @TempDir
    Path dir;

    private final PostingReader reader = new PostingReader();

    @Test
    void readsAGzipCompressedPageWhateverItsName() throws Exception {
        Path file = dir.resolve("saved.html");
        Files.write(file, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));

        assertThat(reader.read(file, "saved.html").title()).isEqualTo("Platform Engineer");
    }

    @Test
    void readsTheFormatInsideAGzName() throws Exception {
        Path file = dir.resolve("saved.html.gz");
        Files.write(file, gzip(PAGE.getBytes(StandardCharsets.UTF_8)));

        assertThat(reader.read(file, "saved.html.gz").company()).isEqualTo("Brightfern Labs");
    }

    @Test
    void refusesACompressedFileThatInflatesOverTheCap() throws Exception {
        byte[] zeros = new byte[2 * 1024 * 1024];
        Arrays.fill(zeros, (byte) ' ');
        Path file = dir.resolve("bomb.html");
        Files.write(file, gzip(zeros));

        assertThatThrownBy(() -> new PostingReader(1024 * 1024).read(file, "bomb.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessage("the file is compressed and over the limit of 1 MB once uncompressed");
    }

    @Test
    void namesATruncatedCompressedFile() throws Exception {
        byte[] compressed = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("cut.html");
        Files.write(file, Arrays.copyOf(compressed, compressed.length / 2));

        assertThatThrownBy(() -> reader.read(file, "cut.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageStartingWith("the compressed file is");
    }

    @Test
    void letsAByteOrderMarkWinOverAWrongCharsetMeta() throws Exception {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"><title>Platform Engineer - Brightfern Labs</title>"
                + "</head><body>" + BODY + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        Path file = dir.resolve("bom.html");
        Files.write(file, withBom);

        assertThat(reader.read(file, "bom.html").text()).contains("Zürich");
    }

    @Test
    void readsAnUndeclaredWindows1252Page() throws Exception {
        Path file = dir.resolve("old.html");
        Files.write(file, PAGE.replace("Zürich", "Zürich \u201cHQ\u201d").getBytes(Charset.forName("windows-1252")));

        assertThat(reader.read(file, "old.html").text()).contains("Zürich \u201cHQ\u201d");
    }

    @Test
    void readsAWindows1252TextFile() throws Exception {
        Path file = dir.resolve("old.txt");
        Files.write(file, ("Platform Engineer at Brightfern Labs\n\nWork in Zürich for \u20ac 70,000.\n")
                .getBytes(Charset.forName("windows-1252")));

        assertThat(reader.read(file, "old.txt").text()).contains("Zürich for \u20ac 70,000");
    }

    @Test
    void survivesAPageNestedTenThousandLevelsDeep() throws Exception {
        Path file = dir.resolve("deep.html");
        Files.writeString(file, "<html><head><title>Platform Engineer - Brightfern Labs</title></head><body>"
                + "<div>".repeat(10_000) + BODY + "</div>".repeat(10_000) + "</body></html>");

        reading(file).givesAPostingOrAReason();
    }

    @Test
    void survivesAPageNestedAHundredThousandLevelsDeep() throws Exception {
        Path file = dir.resolve("deeper.html");
        Files.writeString(file, "<html><body>" + "<span><b>".repeat(50_000) + BODY + "</body></html>");

        reading(file).givesAPostingOrAReason();
    }

    @Test
    void explainsAScriptOnlyPage() throws Exception {
        Path file = dir.resolve("shell.html");
        Files.writeString(file, "<html><head><title>Platform Engineer | Brightfern Labs</title><script>"
                + "var app = {};".repeat(500) + "</script></head><body><div id=app></div><script src=app.js></script>"
                + "</body></html>");

        assertThatThrownBy(() -> reader.read(file, "shell.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageContaining("drawn by scripts");
    }

    @Test
    void refusesASearchResultsPage() throws Exception {
        StringBuilder results = new StringBuilder("<html><head><title>Jobs in Leeds | Board</title></head><body><main>"
                + "<h1>42 jobs in Leeds</h1><ul>");
        for (int i = 0; i < 30; i++) {
            results.append("<li><a href=\"/job/").append(i).append("\">Platform Engineer ").append(i)
                    .append(" at Brightfern Labs Leeds</a></li>");
        }
        Path file = dir.resolve("search.html");
        Files.writeString(file, results + "</ul></main></body></html>");

        assertThatThrownBy(() -> reader.read(file, "search.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageContaining("list of links");
    }

    @Test
    void dropsABoardsCallToActionAtTheEnd() throws Exception {
        Path file = dir.resolve("board.html");
        Files.writeString(file, PAGE.replace("</p>", "</p><p>Apply now and work remotely at Brightfern Labs</p>"));

        assertThat(reader.read(file, "board.html").text()).doesNotContain("Apply now");
    }

    @Test
    void recognisesASignInWall() throws Exception {
        assertThatThrownBy(() -> Fixtures.read("sign-in-wall.html"))
                .isInstanceOf(PostingParseException.class)
                .hasMessageContaining("sign-in wall");
    }

    private ParseOutcome reading(Path file) {
        return new ParseOutcome(reader, file);
    }

    /** Reading a file either gives a posting or a reason; no other throwable may escape. */
    private record ParseOutcome(PostingReader reader, Path file) {
        void givesAPostingOrAReason() {
            try {
                reader.read(file, file.getFileName().toString());
            } catch (PostingParseException e) {
                assertThat(e.reason()).isNotBlank();
            }
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
