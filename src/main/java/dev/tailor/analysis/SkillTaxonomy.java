package dev.tailor.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import dev.tailor.yaml.YamlReader;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The skills taxonomy: every technology the analysis recognises, with its category and spellings.
 * Loaded once from {@code data/skills.yaml}; immutable and safe to share between threads.
 */
public final class SkillTaxonomy {
    /** The categories a skill may have. */
    public static final Set<String> CATEGORIES = Set.of(
            "language", "framework", "library", "database", "cloud", "cloud-service", "messaging", "infrastructure",
            "devops", "observability", "data", "ml", "testing", "protocol", "practice", "tool", "os", "mobile",
            "frontend", "security");

    private static final Set<String> TOP_KEYS = Set.of("skills", "context");
    private static final Set<String> CONTEXT_KEYS = Set.of("tech-words", "stop-after", "tech-after", "letter-labels");
    private static final Set<String> ENTRY_KEYS = Set.of("name", "category", "aliases", "outdated", "successors", "ambiguous");
    private static final Set<String> ENTRY_REQUIRED = Set.of("name", "category");

    private final List<TaxonomyEntry> entries;
    private final Map<String, TaxonomyEntry> bySpelling;
    private final SkillContext context;

    private SkillTaxonomy(List<TaxonomyEntry> entries, Map<String, TaxonomyEntry> bySpelling, SkillContext context) {
        this.entries = List.copyOf(entries);
        this.bySpelling = Map.copyOf(bySpelling);
        this.context = context;
    }

    /** Loads a taxonomy file. */
    public static SkillTaxonomy load(Path file) throws TaxonomyException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new TaxonomyException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads a taxonomy from a stream; {@code source} names it in error messages. */
    public static SkillTaxonomy load(InputStream in, String source) throws TaxonomyException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return new Loader(source).load(in);
    }

    /**
     * This taxonomy with a person's own entries added (e.g. {@code skills.local.yaml}, same format): an
     * entry whose name is already a skill replaces that skill (its category, aliases and flags); a new
     * entry is added; context words are added to the bundled ones. A spelling that already belongs to a
     * different skill is an error naming the file and line.
     */
    public SkillTaxonomy withAdditions(InputStream in, String source) throws TaxonomyException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return new Loader(source, this).load(in);
    }

    /** The same from a file. */
    public SkillTaxonomy withAdditions(Path file) throws TaxonomyException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return withAdditions(in, file.toString());
        } catch (IOException e) {
            throw new TaxonomyException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The entry a spelling stands for, ignoring case and hyphen-versus-space ("postgres", "Spring-Boot"). */
    public Optional<TaxonomyEntry> lookup(String anySpelling) {
        Objects.requireNonNull(anySpelling, "anySpelling");
        return Optional.ofNullable(bySpelling.get(Tokenizer.key(anySpelling)));
    }

    /** Every entry, in file order. */
    public List<TaxonomyEntry> entries() {
        return entries;
    }

    /** How many skills the taxonomy knows. */
    public int size() {
        return entries.size();
    }

    SkillContext context() {
        return context;
    }

    /** Reads and checks one taxonomy file. */
    private static final class Loader {
        private final YamlReader<TaxonomyException> yaml;
        private final List<TaxonomyEntry> entries = new ArrayList<>();
        private final Map<String, TaxonomyEntry> bySpelling = new HashMap<>();
        private final Map<String, Integer> lineOfSpelling = new HashMap<>();
        private final Map<Node, String> successorsToCheck = new LinkedHashMap<>();
        /** The taxonomy these entries are added to, or null for a taxonomy of its own. */
        private final SkillTaxonomy base;

        Loader(String source) {
            this(source, null);
        }

        Loader(String source, SkillTaxonomy base) {
            this.yaml = new YamlReader<>(source, TaxonomyException::new);
            this.base = base;
            if (base != null) {
                entries.addAll(base.entries);
                bySpelling.putAll(base.bySpelling);
            }
        }

        SkillTaxonomy load(InputStream in) throws TaxonomyException {
            Node root = yaml.parse(in);
            Map<String, Node> top = yaml.mapping(root, "the taxonomy", TOP_KEYS, Set.of("skills"));
            SkillContext context = top.containsKey("context")
                    ? context(top.get("context"))
                    : new SkillContext(Set.of(), Set.of(), Set.of(), Set.of());
            if (base != null) {
                context = merged(base.context, context);
            }
            for (Node item : yaml.items(top.get("skills"), "skills")) {
                entry(item);
            }
            for (Map.Entry<Node, String> successor : successorsToCheck.entrySet()) {
                if (!bySpelling.containsKey(Tokenizer.key(successor.getValue()))) {
                    throw yaml.fail(successor.getKey(), "successor '" + successor.getValue() + "' is not a skill of the taxonomy");
                }
            }
            return new SkillTaxonomy(entries, bySpelling, context);
        }

        private static SkillContext merged(SkillContext a, SkillContext b) {
            return new SkillContext(union(a.techWords(), b.techWords()), union(a.stopAfter(), b.stopAfter()),
                    union(a.techAfter(), b.techAfter()), union(a.letterLabels(), b.letterLabels()));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return all;
        }

        /** A person's entry named like a bundled skill replaces it: its spellings are freed first. */
        private void replaceBundled(String name) {
            if (base == null) {
                return;
            }
            TaxonomyEntry old = base.bySpelling.get(Tokenizer.key(name));
            if (old == null || !Tokenizer.key(old.name()).equals(Tokenizer.key(name)) || !entries.contains(old)) {
                return;
            }
            entries.remove(old);
            bySpelling.values().removeIf(e -> e == old);
        }

        private SkillContext context(Node node) throws TaxonomyException {
            Map<String, Node> keys = yaml.mapping(node, "context", CONTEXT_KEYS, Set.of());
            return new SkillContext(words(keys.get("tech-words"), "tech-words"),
                    words(keys.get("stop-after"), "stop-after"), words(keys.get("tech-after"), "tech-after"),
                    words(keys.get("letter-labels"), "letter-labels"));
        }

        private Set<String> words(Node node, String what) throws TaxonomyException {
            if (node == null) {
                return Set.of();
            }
            return yaml.texts(node, what).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        private void entry(Node node) throws TaxonomyException {
            Map<String, Node> keys = yaml.mapping(node, "a skill", ENTRY_KEYS, ENTRY_REQUIRED);
            String name = yaml.text(keys.get("name"), "name");
            replaceBundled(name);
            String category = yaml.text(keys.get("category"), "category of " + name);
            if (!CATEGORIES.contains(category)) {
                throw yaml.fail(keys.get("category"), "unknown category '" + category + "' of " + name
                        + " (expected one of " + String.join(", ", CATEGORIES.stream().sorted().toList()) + ")");
            }
            boolean outdated = keys.containsKey("outdated") && yaml.bool(keys.get("outdated"), "outdated");
            List<String> successors = keys.containsKey("successors")
                    ? yaml.texts(keys.get("successors"), "successors of " + name) : List.of();
            if (!successors.isEmpty() && !outdated) {
                throw yaml.fail(keys.get("successors"), name + " has successors but is not marked outdated: true");
            }
            if (keys.containsKey("successors")) {
                for (Node successor : yaml.items(keys.get("successors"), "successors")) {
                    successorsToCheck.put(successor, yaml.text(successor, "a successor"));
                }
            }
            List<String> aliases = new ArrayList<>();
            List<Node> spellingNodes = new ArrayList<>();
            spellingNodes.add(keys.get("name"));
            if (keys.containsKey("aliases")) {
                spellingNodes.addAll(yaml.items(keys.get("aliases"), "aliases of " + name));
            }
            Map<String, String> ownKeys = new LinkedHashMap<>();
            for (Node spellingNode : spellingNodes) {
                String spelling = yaml.text(spellingNode, "a spelling of " + name);
                String key = Tokenizer.key(spelling);
                if (key.isEmpty() || key.chars().noneMatch(Character::isLetterOrDigit)) {
                    throw yaml.fail(spellingNode, "spelling '" + spelling + "' has no letters");
                }
                String ownSpelling = ownKeys.putIfAbsent(key, spelling);
                if (ownSpelling != null) {
                    if (ownSpelling.equals(spelling)) {
                        throw yaml.fail(spellingNode, "duplicate alias '" + spelling + "' of " + name);
                    }
                    continue; // a case variant of a spelling of the same skill: harmless
                }
                TaxonomyEntry other = bySpelling.get(key);
                if (other != null) {
                    throw yaml.fail(spellingNode, "duplicate " + (spellingNode == keys.get("name") ? "name" : "alias")
                            + " '" + spelling + "': already a spelling of " + other.name() + " ("
                            + (lineOfSpelling.containsKey(key) ? "line " + lineOfSpelling.get(key) : "in the bundled taxonomy") + ")");
                }
                if (spellingNode != keys.get("name")) {
                    aliases.add(spelling);
                }
            }
            List<String> ambiguous = ambiguous(keys.get("ambiguous"), name, aliases, ownKeys);
            TaxonomyEntry entry = new TaxonomyEntry(name, category, aliases, outdated, successors, ambiguous);
            for (Map.Entry<String, String> own : ownKeys.entrySet()) {
                bySpelling.put(own.getKey(), entry);
                lineOfSpelling.put(own.getKey(), YamlReader.line(node));
            }
            entries.add(entry);
        }

        /** {@code ambiguous: true} marks every one-word spelling; a list marks exactly the spellings listed. */
        private List<String> ambiguous(Node node, String name, List<String> aliases, Map<String, String> ownKeys)
                throws TaxonomyException {
            if (node == null) {
                return List.of();
            }
            if (YamlReader.isBoolean(node)) {
                if (!yaml.bool(node, "ambiguous")) {
                    return List.of();
                }
                List<String> single = new ArrayList<>();
                for (String spelling : ownKeys.values()) {
                    if (spelling.chars().allMatch(Character::isLetter)) {
                        single.add(spelling);
                    }
                }
                if (single.isEmpty()) {
                    throw yaml.fail(node, name + " is marked ambiguous but has no one-word spelling; list the spellings instead");
                }
                return single;
            }
            List<String> listed = new ArrayList<>();
            for (Node item : yaml.items(node, "ambiguous")) {
                String spelling = yaml.text(item, "an ambiguous spelling");
                if (!ownKeys.containsKey(Tokenizer.key(spelling))) {
                    throw yaml.fail(item, "ambiguous spelling '" + spelling + "' is not a name or alias of " + name);
                }
                listed.add(spelling);
            }
            return listed;
        }
    }
}
