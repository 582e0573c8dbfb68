package dev.tailor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The benchmark's baseline: the same files parsed by jsoup alone, in one JVM, nothing else done. tailor's run
 * is compared with this to show what the whole pipeline costs on top of reading the pages.
 *
 * <p>Usage: {@code ParseBaseline FOLDER}; prints "files N, seconds S".
 */
public final class ParseBaseline {
    private ParseBaseline() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.sorted().toList();
        }
        long characters = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Document page = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            characters += page.text().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("files %d, seconds %.2f, text characters %d%n", files.size(), seconds, characters);
    }
}
