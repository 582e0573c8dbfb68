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
import java.util.Optional;
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
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeReader(reader);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new YamlException(file, line, "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new YamlException(file, 0, "invalid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new YamlException(file, 0, "is empty");
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new YamlException(file, lineOf(root.get()), "expected keys and values at the top level");
        }
        return new YamlMap(file, mapping);
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
