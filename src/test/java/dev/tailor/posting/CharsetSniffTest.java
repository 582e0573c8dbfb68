package dev.tailor.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetSniffTest {
    private static final String BODY = "<body><h1>Backend Engineer</h1><p>Build the payments API.</p></body></html>";

    @ParameterizedTest
    @ValueSource(strings = {
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Job</title></head>",
        "<!doctype html><html><head><meta charset='UTF-8'/><title>Job</title></head>",
        "<!doctype html><html><head><meta charset=utf-8><title>Job</title></head>",
        "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=UTF-8\"></head>",
        "<html><head><title>Job &#39;s &#x2019; &amp; more</title></head>",
        "<html><head><title>Job</title></head>",
    })
    void pagesThatCanOnlyBeUtf8AreSure(String head) throws IOException {
        byte[] bytes = (head + BODY).getBytes(StandardCharsets.UTF_8);

        assertThat(CharsetSniff.surelyUtf8(bytes)).isTrue();
        assertThat(jsoupCharset(bytes)).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><head><meta charset=\"iso-8859-1\"></head>",
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\"></head>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><head></head>",
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; &#99;harset=windows-1250\"></head>",
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset&#61;windows-1250\"></head>",
        "<html><head><meta charset=\"utf8\"></head>",
        "<html><head><meta charset=\"utf-16\"></head>",
        "<html><head><meta charset=\"utf-8x\"></head>",
        "<html><head><script>var c = document.charset;</script></head>",
    })
    void pagesThatMayNameAnotherCharsetAreLeftToJsoup(String head) {
        byte[] bytes = (head + BODY).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CharsetSniff.surelyUtf8(bytes)).isFalse();
    }

    @Test
    void aByteOrderMarkIsLeftToJsoup() {
        byte[] text = ("<html><head></head>" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(CharsetSniff.surelyUtf8(bytes)).isFalse();
    }

    @Test
    void aCharsetPastJsoupsWindowIsIgnoredAsJsoupIgnoresIt() throws IOException {
        String padding = "<!-- " + "x".repeat(CharsetSniff.JSOUP_WINDOW) + " -->";
        byte[] bytes = ("<html><head>" + padding + "<meta charset=\"iso-8859-1\"></head>" + BODY)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CharsetSniff.surelyUtf8(bytes)).isTrue();
        assertThat(jsoupCharset(bytes)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void everyFixtureItIsSureOfJsoupReadsAsUtf8() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Fixtures.path("lever.html").getParent())) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        int sure = 0;
        for (Path page : pages) {
            byte[] bytes = Files.readAllBytes(page);
            if (CharsetSniff.surelyUtf8(bytes)) {
                sure++;
                assertThat(jsoupCharset(bytes)).as(page.getFileName().toString()).isEqualTo(StandardCharsets.UTF_8);
            }
        }
        // The Latin-1 fixture names its charset; nearly all the others can be settled without jsoup's first parse.
        assertThat(CharsetSniff.surelyUtf8(Files.readAllBytes(Fixtures.path("latin1-charset.html")))).isFalse();
        assertThat(sure).isGreaterThanOrEqualTo(pages.size() - 3);
    }

    /** Random heads built from the pieces that decide a charset: wherever the sniff is sure, jsoup agrees. */
    @Test
    void randomHeadsItIsSureOfJsoupReadsAsUtf8() throws IOException {
        String[] pieces = {
            "<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-2\">", "<meta charset=utf-8 >", "<meta charset='utf-8'/>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">",
            "<meta http-equiv=content-type content='text/html;charset=koi8-r'>", "<?xml version='1.0' encoding='latin2'?>",
            "&#99;", "&#x63;", "&#39;", "&#104;", "charset", "CHARSET=", "encoding", "=", "\"", " ", "utf-8", "<title>",
            "</title>", "<script>", "</script>", "<!--", "-->", "x".repeat(700), "č", "ü",
        };
        Random random = new Random(7);
        List<String> disagreements = new ArrayList<>();
        int sure = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder head = new StringBuilder(round % 4 == 0 ? "<?xml version=\"1.0\"?>" : "<!doctype html>");
            head.append("<html><head>");
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                head.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = (head + "</head>" + BODY).getBytes(StandardCharsets.UTF_8);
            if (CharsetSniff.surelyUtf8(bytes)) {
                sure++;
                if (!jsoupCharset(bytes).equals(StandardCharsets.UTF_8)) {
                    disagreements.add(head.toString());
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(sure).isGreaterThan(300);
    }

    private static Charset jsoupCharset(byte[] bytes) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
    }
}
