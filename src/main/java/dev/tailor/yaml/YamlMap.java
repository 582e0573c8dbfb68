package dev.tailor.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping whose typed getters report problems as "file:line: what is wrong".
 *
 * <p>Values are read as the person wrote them: scalars as strings, converted on request, so a
 * {@code year: 2024} and a {@code year: "2024"} mean the same thing.
 */
public final class YamlMap {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private final Path file;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(Path file, MappingNode node) throws YamlException {
        this.file = file;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "keys must be plain words");
            }
            checkTag(tuple.getValueNode());
            entries.put(key.getValue(), tuple);
        }
    }

    /** The file this mapping was read from. */
    public Path file() {
        return file;
    }

    /** The 1-based line where this mapping starts. */
    public int line() {
        return YamlFile.lineOf(node);
    }

    /** The 1-based line of the key, or of the mapping when the key is absent. */
    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : YamlFile.lineOf(tuple.getKeyNode());
    }

    /** Whether the key is present with a non-null value. */
    public boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** Fails on the first key that is not allowed, naming it and its line. */
    public void allowOnly(Set<String> allowed, String what) throws YamlException {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw error(entry.getValue().getKeyNode(), "unknown key '" + entry.getKey() + "' in " + what
                        + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A required, non-blank string. */
    public String requireString(String key, String what) throws YamlException {
        String value = optionalString(key);
        if (value == null || value.isBlank()) {
            throw new YamlException(file, line(key), what + " has no '" + key + "'");
        }
        return value;
    }

    /** A string, or null when absent. */
    public String optionalString(String key) throws YamlException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            throw error(tuple.getValueNode(), "'" + key + "' must be a single value");
        }
        return scalar.getValue().strip();
    }

    /** An integer, or null when absent. */
    public Integer optionalInt(String key) throws YamlException {
        String value = optionalString(key);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new YamlException(file, line(key), "'" + key + "' must be a whole number, not '" + value + "'");
        }
    }

    /** A boolean, or the default when absent. */
    public boolean optionalBoolean(String key, boolean defaultValue) throws YamlException {
        String value = optionalString(key);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new YamlException(file, line(key), "'" + key + "' must be true or false");
        };
    }

    /**
     * A list of strings; a single value counts as a one-element list (so {@code postings: data/postings}
     * works as well as {@code postings: [data/postings]}). Absent means empty.
     */
    public List<String> stringList(String key) throws YamlException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw error(value, "'" + key + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            checkTag(item);
            if (!(item instanceof ScalarNode scalar) || isNull(item)) {
                throw error(item, "'" + key + "' must be a list of single values");
            }
            out.add(scalar.getValue().strip());
        }
        return out;
    }

    /** A list of mappings (e.g. achievements); absent means empty. */
    public List<YamlMap> mapList(String key) throws YamlException {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(tuple.getValueNode(), "'" + key + "' must be a list");
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                throw error(item, "each entry of '" + key + "' must have keys and values");
            }
            out.add(new YamlMap(file, mapping));
        }
        return out;
    }

    /** An error at this mapping's line. */
    public YamlException error(String problem) {
        return new YamlException(file, line(), problem);
    }

    /** An error at the line of the key. */
    public YamlException error(String key, String problem) {
        return new YamlException(file, line(key), problem);
    }

    private YamlException error(Node at, String problem) {
        return new YamlException(file, YamlFile.lineOf(at), problem);
    }

    private void checkTag(Node value) throws YamlException {
        // Plain YAML only: a custom tag (!!java/..., !include) is never something a person needs here.
        if (!PLAIN_TAGS.contains(value.getTag())) {
            throw error(value, "unsupported YAML tag " + value.getTag());
        }
    }

    private static boolean isNull(Node value) {
        return value.getTag().equals(Tag.NULL);
    }
}
