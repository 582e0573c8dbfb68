package dev.tailor.analysis;

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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
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
final class YamlReader<E extends Exception> {

    /** Builds the exception for a failure at a line (0 when unknown). */
    interface Failure<E extends Exception> {
        E at(String source, int line, String reason, Throwable cause);
    }

    private final String source;
    private final Failure<E> failure;

    YamlReader(String source, Failure<E> failure) {
        this.source = source;
        this.failure = failure;
    }

    /** Parses the whole stream; an empty document is an error. */
    Node parse(InputStream in) throws E {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(true).build();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Compose(settings).composeReader(reader)
                    .orElseThrow(() -> failure.at(source, 0, "the file is empty", null));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw failure.at(source, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw failure.at(source, 0, "not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure.at(source, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The 1-based line a node starts on. */
    static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(0);
    }

    E fail(Node node, String reason) {
        return failure.at(source, line(node), reason, null);
    }

    /**
     * The entries of a mapping by key, in file order; rejects duplicate keys, keys not in
     * {@code allowed} and missing {@code required} keys.
     */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed, Set<String> required) throws E {
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
    String text(Node node, String what) throws E {
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
    List<Node> items(Node node, String what) throws E {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode && !isNull(node)) {
            return List.of(node);
        }
        throw fail(node, what + " must be a list");
    }

    /** A list of non-empty values. */
    List<String> texts(Node node, String what) throws E {
        List<String> values = new ArrayList<>();
        for (Node item : items(node, what)) {
            values.add(text(item, "an item of " + what));
        }
        return values;
    }

    /** true or false. */
    boolean bool(Node node, String what) throws E {
        String value = text(node, what);
        if (value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw fail(node, what + " must be true or false, not '" + value + "'");
    }

    static boolean isBoolean(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getValue().equals("true") || scalar.getValue().equals("false"));
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
