package dev.tailor.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.tailor.yaml.YamlReader;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The company-signal lexicon: which phrases and patterns of a posting show its stage, funding, a
 * migration, its domain... Loaded once from {@code data/signals.yaml}; immutable and thread-safe.
 */
public final class SignalLexicon {
    /** The signal types, in the order a cover letter finds them useful. */
    public static final List<String> TYPES = List.of(
            "migration", "growth", "greenfield", "legacy", "product", "domain", "stage", "funding", "team-size",
            "compliance", "open-source", "blog", "remote");

    private static final Set<String> TOP_KEYS = Set.of("signals");
    private static final Set<String> RULE_KEYS = Set.of("type", "value", "phrases", "requires", "unless", "patterns", "near", "links");
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\{(\\d)}");

    private final List<SignalRule> rules;
    private final PhraseIndex<Role> phrases;

    /** What a phrase does for a rule. */
    enum Part { TRIGGER, REQUIRES, UNLESS, NEAR }

    /** A phrase's rule (index into {@link #rules()}) and part. */
    record Role(int rule, Part part) {
    }

    private SignalLexicon(List<SignalRule> rules, PhraseIndex<Role> phrases) {
        this.rules = List.copyOf(rules);
        this.phrases = phrases;
    }

    /** Loads a lexicon file. */
    public static SignalLexicon load(Path file) throws SignalLexiconException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new SignalLexiconException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads a lexicon from a stream; {@code source} names it in error messages. */
    public static SignalLexicon load(InputStream in, String source) throws SignalLexiconException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        YamlReader<SignalLexiconException> yaml = new YamlReader<>(source, SignalLexiconException::new);
        Map<String, Node> top = yaml.mapping(yaml.parse(in), "the lexicon", TOP_KEYS, TOP_KEYS);
        List<SignalRule> rules = new ArrayList<>();
        PhraseIndex<Role> phrases = new PhraseIndex<>();
        for (Node item : yaml.items(top.get("signals"), "signals")) {
            rules.add(rule(yaml, item, rules.size(), phrases));
        }
        return new SignalLexicon(rules, phrases);
    }

    /**
     * This lexicon with a person's own entries added after the bundled ones (e.g. {@code signals.local.yaml},
     * same format). Entries are only ever added: a bundled signal cannot be switched off this way.
     */
    public SignalLexicon withAdditions(InputStream in, String source) throws SignalLexiconException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        YamlReader<SignalLexiconException> yaml = new YamlReader<>(source, SignalLexiconException::new);
        Map<String, Node> top = yaml.mapping(yaml.parse(in), "the lexicon", TOP_KEYS, TOP_KEYS);
        List<SignalRule> all = new ArrayList<>(rules);
        PhraseIndex<Role> index = new PhraseIndex<>();
        index.addAll(phrases);
        for (Node item : yaml.items(top.get("signals"), "signals")) {
            all.add(rule(yaml, item, all.size(), index));
        }
        return new SignalLexicon(all, index);
    }

    /** The same from a file. */
    public SignalLexicon withAdditions(Path file) throws SignalLexiconException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return withAdditions(in, file.toString());
        } catch (IOException e) {
            throw new SignalLexiconException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** How many entries the lexicon has. */
    public int size() {
        return rules.size();
    }

    List<SignalRule> rules() {
        return rules;
    }

    PhraseIndex<Role> phrases() {
        return phrases;
    }

    private static SignalRule rule(YamlReader<SignalLexiconException> yaml, Node node, int index, PhraseIndex<Role> phrases)
            throws SignalLexiconException {
        Map<String, Node> keys = yaml.mapping(node, "a signal", RULE_KEYS, Set.of("type", "value"));
        String type = yaml.text(keys.get("type"), "type");
        if (!TYPES.contains(type)) {
            throw yaml.fail(keys.get("type"), "unknown signal type '" + type + "' (expected one of "
                    + String.join(", ", TYPES) + ")");
        }
        String value = yaml.text(keys.get("value"), "value");
        if (!keys.containsKey("phrases") && !keys.containsKey("patterns")) {
            throw yaml.fail(node, "signal " + type + "/" + value + " has neither phrases nor patterns");
        }
        if ((keys.containsKey("requires") || keys.containsKey("unless")) && !keys.containsKey("phrases")) {
            throw yaml.fail(node, "requires and unless only apply to phrases");
        }
        boolean links = keys.containsKey("links") && yaml.bool(keys.get("links"), "links");
        if (keys.containsKey("patterns") && keys.containsKey("near") == links) {
            throw yaml.fail(keys.get("patterns"), "patterns need either 'near' phrases or 'links: true' to say where they may match");
        }
        if ((keys.containsKey("near") || keys.containsKey("links")) && !keys.containsKey("patterns")) {
            throw yaml.fail(node, "near and links only apply to patterns");
        }
        addPhrases(yaml, keys.get("near"), new Role(index, Part.NEAR), phrases);
        addPhrases(yaml, keys.get("phrases"), new Role(index, Part.TRIGGER), phrases);
        addPhrases(yaml, keys.get("requires"), new Role(index, Part.REQUIRES), phrases);
        addPhrases(yaml, keys.get("unless"), new Role(index, Part.UNLESS), phrases);
        List<Pattern> patterns = new ArrayList<>();
        int groups = Integer.MAX_VALUE;
        if (keys.containsKey("patterns")) {
            for (Node patternNode : yaml.items(keys.get("patterns"), "patterns")) {
                String regex = yaml.text(patternNode, "a pattern");
                try {
                    Pattern pattern = Pattern.compile(regex);
                    groups = Math.min(groups, pattern.matcher("").groupCount());
                    patterns.add(pattern);
                } catch (PatternSyntaxException e) {
                    throw yaml.fail(patternNode, "not a valid pattern: " + e.getDescription());
                }
            }
        }
        Matcher reference = GROUP_REFERENCE.matcher(value);
        while (reference.find()) {
            int group = Integer.parseInt(reference.group(1));
            if (patterns.isEmpty() || group < 1 || group > groups) {
                throw yaml.fail(keys.get("value"), "value refers to {" + group + "} but "
                        + (patterns.isEmpty() ? "the signal has no patterns" : "a pattern has only " + groups + " groups"));
            }
        }
        return new SignalRule(type, value, patterns, keys.containsKey("requires"), links, YamlReader.line(node));
    }

    private static void addPhrases(YamlReader<SignalLexiconException> yaml, Node node, Role role, PhraseIndex<Role> phrases)
            throws SignalLexiconException {
        if (node == null) {
            return;
        }
        for (Node item : yaml.items(node, "phrases")) {
            String phrase = yaml.text(item, "a phrase");
            try {
                phrases.add(phrase, role);
            } catch (IllegalArgumentException e) {
                throw yaml.fail(item, "phrase '" + phrase + "': " + e.getMessage());
            }
        }
    }
}
