package dev.tailor.yaml;

import java.nio.file.Path;

/** A YAML file that is malformed or does not have the expected shape; the message names the file and line. */
public class YamlException extends Exception {
    private final Path file;
    private final int line;

    public YamlException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file that holds the problem. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
