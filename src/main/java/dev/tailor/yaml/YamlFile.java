package dev.tailor.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a configuration YAML file (job file, profile) into a {@link YamlMap} that remembers line numbers.
 *
 * <p>Only the node tree is composed; nothing is constructed from tags, so a file cannot make the
 * loader instantiate classes. Aliases are capped, which defuses "billion laughs" alias bombs.
 */
public final class YamlFile {
    /** Configuration files are small; anything bigger is a mistake or an attack. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Data files (the skills taxonomy) are larger than configuration files, but not by much. */
    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
    private static final int MAX_ALIASES = 50;

    private YamlFile() {
    }

    /** Loads the file; the root must be a mapping. */
    public static YamlMap load(Path file) throws YamlException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new YamlException(file, 0, "is a folder, expected a YAML file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new YamlException(file, 0, "is larger than " + MAX_BYTES / 1024 + " KB");
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new YamlException(file, 0, "file not found");
        } catch (CharacterCodingException e) {
            throw new YamlException(file, 0, "is not UTF-8 text");
        } catch (IOException e) {
            throw new YamlException(file, 0, "cannot be read: " + e.getMessage());
        }
        return parse(file, new StringReader(text));
    }

    /** Parses YAML text read from {@code file} (used for the name in messages). */
    public static YamlMap parse(Path file, Reader reader) throws YamlException {
        Node root;
        try {
            root = compose(file.toString(), reader);
        } catch (SyntaxError e) {
            throw new YamlException(file, e.line(), "invalid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new YamlException(file, 0, "is empty");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new YamlException(file, lineOf(root), "expected keys and values at the top level");
        }
        return new YamlMap(file, mapping);
    }

    /**
     * Composes the node tree of one YAML document, or returns null for an empty one. Every YAML file tailor
     * reads goes through here: duplicate keys are errors, aliases are capped and the size is limited.
     */
    static Node compose(String label, Reader reader) throws SyntaxError {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeReader(reader).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new SyntaxError(line, e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new SyntaxError(0, e.getMessage(), e);
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }

    /** Malformed YAML, at a 1-based line (0 when unknown). */
    static final class SyntaxError extends Exception {
        private final int line;

        SyntaxError(int line, String problem, Throwable cause) {
            super(problem, cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
