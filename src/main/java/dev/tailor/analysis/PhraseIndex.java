package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie of phrases over tokens: finds every phrase that starts at a token with one map lookup per
 * token walked, whatever the number of phrases. A phrase word written "migrat*" matches any word
 * that starts with "migrat" (at least {@value #MIN_PREFIX} letters before the star).
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
    /** Marks a token glued to the one before it ("js" in "Node.js") inside a key. */
    static final char GLUE = '\u0001';
    /** Letters a wildcard word needs before its '*'. */
    static final int MIN_PREFIX = 3;

    private final Node<T> root = new Node<>();
    /** The first keys of all phrases: most words of a text start none, and this rules them out cheaply. */
    private final WordFilter firstWords = new WordFilter();

    /** Receives one phrase found at a position. */
    interface Sink<T> {
        void accept(int end, List<T> payloads);
    }

    /** The longest phrase found at a position: it covers tokens up to {@code end} (exclusive). */
    record Match<T>(int end, List<T> payloads) {
    }

    private static final class Node<T> {
        /** Children by the next token's lower case, looked up without building that string. */
        private final WordTable<Node<T>> exact = new WordTable<>();
        /** Children reached by a token glued to the one before ("js" after "node ."), keyed without the glue mark. */
        private final WordTable<Node<T>> glued = new WordTable<>();
        /** Wildcard words by their first character (boxed chars below 128 are cached: no garbage per lookup). */
        private final Map<Character, List<Prefix<T>>> prefixes = new HashMap<>(0);
        private final List<T> payloads = new ArrayList<>(1);
    }

    private record Prefix<T>(String prefix, Node<T> node) {
    }

    /** Adds a phrase given as written, e.g. "Node.js", "nice to have" or "migrat*". */
    void add(String phrase, T payload) {
        add(keys(Tokenizer.tokenize(phrase.strip()).tokens()), payload);
    }

    /** Adds every phrase of another index (for an index that extends a bundled one). */
    void addAll(PhraseIndex<T> other) {
        copy(other.root, new ArrayList<>());
    }

    private void copy(Node<T> node, List<String> path) {
        for (T payload : node.payloads) {
            add(List.copyOf(path), payload);
        }
        node.exact.forEach((key, child) -> {
            path.add(key);
            copy(child, path);
            path.remove(path.size() - 1);
        });
        node.glued.forEach((key, child) -> {
            path.add(GLUE + key);
            copy(child, path);
            path.remove(path.size() - 1);
        });
        for (List<Prefix<T>> bucket : node.prefixes.values()) {
            for (Prefix<T> prefix : bucket) {
                path.add(prefix.prefix() + "*");
                copy(prefix.node(), path);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Adds a phrase given as keys (see {@link #keys(List)}). */
    void add(List<String> keys, T payload) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        firstWords.add(keys.get(0));
        Node<T> node = root;
        for (String key : keys) {
            if (key.length() > 1 && key.endsWith("*")) {
                String prefix = key.substring(0, key.length() - 1);
                if (prefix.replace(String.valueOf(GLUE), "").length() < MIN_PREFIX) {
                    throw new IllegalArgumentException("a wildcard needs " + MIN_PREFIX + " letters before '*'");
                }
                node = prefixChild(node, prefix);
            } else if (key.length() > 1 && key.charAt(0) == GLUE) {
                node = child(node.glued, key.substring(1));
            } else {
                node = child(node.exact, key);
            }
        }
        node.payloads.add(payload);
    }

    private static <T> Node<T> child(WordTable<Node<T>> children, String key) {
        Node<T> child = children.get(key);
        if (child == null) {
            child = new Node<>();
            children.put(key, child);
        }
        return child;
    }

    private Node<T> prefixChild(Node<T> node, String prefix) {
        List<Prefix<T>> bucket = node.prefixes.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>(2));
        for (Prefix<T> existing : bucket) {
            if (existing.prefix().equals(prefix)) {
                return existing.node();
            }
        }
        Prefix<T> created = new Prefix<>(prefix, new Node<>());
        bucket.add(created);
        return created.node();
    }

    /** Reports every phrase that starts at token {@code from}, shortest first; phrases never cross sentences. */
    void matchesAt(List<Token> tokens, int from, Sink<T> sink) {
        Token first = tokens.get(from);
        if (root.prefixes.isEmpty() && (first.kind() == Token.Kind.LINK || !firstWords.mightContain(first))) {
            return; // the common case, a word that starts no phrase: ruled out without building its string
        }
        walk(root, tokens, from, from, sink);
    }

    /** The longest phrase starting at token {@code from}, or null. */
    Match<T> longestAt(List<Token> tokens, int from) {
        List<Match<T>> found = new ArrayList<>(1);
        matchesAt(tokens, from, (end, payloads) -> {
            if (found.isEmpty() || found.get(0).end() < end) {
                found.clear();
                found.add(new Match<>(end, payloads));
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private void walk(Node<T> node, List<Token> tokens, int from, int k, Sink<T> sink) {
        if (k > from && !node.payloads.isEmpty()) {
            sink.accept(k, node.payloads);
        }
        if (k >= tokens.size()) {
            return;
        }
        Token token = tokens.get(k);
        if (token.kind() == Token.Kind.LINK || (k > from && token.sentence() != tokens.get(k - 1).sentence())) {
            return;
        }
        boolean glued = k > from && token.glued();
        Node<T> next = glued ? node.glued.get(token) : node.exact.get(token);
        if (next != null) {
            walk(next, tokens, from, k + 1, sink);
        }
        if (!node.prefixes.isEmpty() && token.lower().length() + (glued ? 1 : 0) >= MIN_PREFIX) {
            String key = key(token, k > from);
            List<Prefix<T>> bucket = node.prefixes.get(key.charAt(0));
            if (bucket != null) {
                for (Prefix<T> prefix : bucket) {
                    if (key.startsWith(prefix.prefix())) {
                        walk(prefix.node(), tokens, from, k + 1, sink);
                    }
                }
            }
        }
    }

    /** The keys of a phrase's tokens; a '*' glued to a word turns that word into a prefix ("migrat*"). */
    static List<String> keys(List<Token> tokens) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.isPunct('*') && token.glued() && k > 0 && tokens.get(k - 1).isWord()) {
                keys.set(keys.size() - 1, keys.get(keys.size() - 1) + "*");
            } else {
                keys.add(key(token, k > 0));
            }
        }
        return keys;
    }

    private static String key(Token token, boolean glueMatters) {
        return glueMatters && token.glued() ? GLUE + token.lower() : token.lower();
    }
}
