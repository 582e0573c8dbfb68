package dev.tailor.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * Reads a YAML data file as a node tree (snakeyaml-engine's composer keeps line numbers) and checks
 * its shape, so every complaint can name the file and the line.
 *
 * @param <E> the exception a failure becomes
 */
public final class YamlReader<E extends Exception> {

    /** Builds the exception for a failure at a line (0 when unknown). */
    public interface Failure<E extends Exception> {
        E at(String source, int line, String reason, Throwable cause);
    }

    private final String source;
    private final Failure<E> failure;

    public YamlReader(String source, Failure<E> failure) {
        this.source = source;
        this.failure = failure;
    }

    /** Parses the whole stream with the same safe settings as {@link YamlFile}; an empty document is an error. */
    public Node parse(InputStream in) throws E {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Node root = YamlFile.compose(source, reader);
            if (root == null) {
                throw failure.at(source, 0, "the file is empty", null);
            }
            return root;
        } catch (YamlFile.SyntaxError e) {
            throw failure.at(source, e.line(), "not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure.at(source, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The 1-based line a node starts on. */
    public static int line(Node node) {
        return YamlFile.lineOf(node);
    }

    public E fail(Node node, String reason) {
        return failure.at(source, line(node), reason, null);
    }

    /**
     * The entries of a mapping by key, in file order; rejects duplicate keys, keys not in
     * {@code allowed} and missing {@code required} keys.
     */
    public Map<String, Node> mapping(Node node, String what, Set<String> allowed, Set<String> required) throws E {
        if (!(node instanceof MappingNode mapping)) {
            throw fail(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = text(keyNode, "a key of " + what);
            if (!allowed.contains(key)) {
                throw fail(keyNode, "unknown key '" + key + "' in " + what + " (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw fail(keyNode, "key '" + key + "' appears twice in " + what);
            }
        }
        for (String key : sorted(required)) {
            if (!entries.containsKey(key) || isNull(entries.get(key))) {
                throw fail(node, what + " has no '" + key + "'");
            }
        }
        return entries;
    }

    /** A non-empty plain value. */
    public String text(Node node, String what) throws E {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw fail(node, what + " must be a single value");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw fail(node, what + " is empty");
        }
        return value;
    }

    /** The items of a list (a single value counts as a list of one). */
    public List<Node> items(Node node, String what) throws E {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode && !isNull(node)) {
            return List.of(node);
        }
        throw fail(node, what + " must be a list");
    }

    /** A list of non-empty values. */
    public List<String> texts(Node node, String what) throws E {
        List<String> values = new ArrayList<>();
        for (Node item : items(node, what)) {
            values.add(text(item, "an item of " + what));
        }
        return values;
    }

    /** true or false. */
    public boolean bool(Node node, String what) throws E {
        String value = text(node, what);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw fail(node, what + " must be true or false, not '" + value + "'");
    }

    public static boolean isBoolean(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getValue().equals("true") || scalar.getValue().equals("false"));
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
