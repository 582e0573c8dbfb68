package dev.tailor.posting;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The hand-written posting files under {@code src/test/resources/posting}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/posting/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses an HTML fixture the way the reader does. */
    static Document page(String name) throws IOException {
        return Jsoup.parse(path(name).toFile(), null);
    }

    /** Reads a fixture with the default reader, its file name as the source. */
    static Posting read(String name) throws PostingParseException {
        return new PostingReader().read(path(name), "postings/" + name);
    }
}
