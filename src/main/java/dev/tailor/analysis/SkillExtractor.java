package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the skills a text names, in one pass over its tokens: at each token the longest spelling of
 * the taxonomy that starts there and ends on a token boundary wins. Immutable and thread-safe.
 *
 * <p>Boundaries keep symbol names apart: "JS" is not found inside "Node.js", nor "C" inside "C++",
 * and nothing inside a URL or e-mail address counts. Spellings the taxonomy marks ambiguous ("Go",
 * "R", "Spark") count only in a technical context, see {@link AmbiguityJudge}.
 */
public final class SkillExtractor {
    /** Punctuation after which a skill may start although nothing separates them: "(Kafka", "Java/Kotlin". */
    private static final CharSet OPENERS = CharSet.of("/([{\"'“‘,:;|&");
    /** Punctuation before which a skill may end although nothing separates them: "Kafka)", "Java/Kotlin". */
    private static final CharSet CLOSERS = CharSet.of("/)]}\"'”’,:;!?|…");

    private final PhraseIndex<Alias> index = new PhraseIndex<>();
    /** Second keys of spellings that start with a dot (".NET" → "net"), so "C#.NET" ends "C#" on a boundary. */
    private final Set<String> dotSpellingStarts = new HashSet<>();
    private final AmbiguityJudge judge;

    /** What a spelling stands for, and whether it needs context to count. */
    private record Alias(TaxonomyEntry entry, boolean ambiguous) {
    }

    public SkillExtractor(SkillTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        this.judge = new AmbiguityJudge(taxonomy.context());
        for (TaxonomyEntry entry : taxonomy.entries()) {
            Set<String> ambiguousKeys = new HashSet<>();
            for (String spelling : entry.ambiguousSpellings()) {
                ambiguousKeys.add(Tokenizer.key(spelling));
            }
            Set<String> added = new HashSet<>();
            for (String spelling : entry.spellings()) {
                String key = Tokenizer.key(spelling);
                if (added.add(key)) {
                    List<String> keys = List.of(key.split(" "));
                    index.add(keys, new Alias(entry, ambiguousKeys.contains(key)));
                    if (keys.size() > 1 && keys.get(0).equals(".")) {
                        dotSpellingStarts.add(keys.get(1).replace(String.valueOf(PhraseIndex.GLUE), ""));
                    }
                }
            }
        }
    }

    /** Every skill the text names, in text order. */
    public List<SkillOccurrence> find(String text) {
        Objects.requireNonNull(text, "text");
        TokenizedText tokens = Tokenizer.tokenize(text);
        List<SkillOccurrence> found = new ArrayList<>();
        for (SkillHit hit : find(tokens)) {
            found.add(new SkillOccurrence(hit.entry(), hit.spelling(), tokens.token(hit.first()).start(),
                    tokens.token(hit.end() - 1).end()));
        }
        return found;
    }

    /** Every skill the tokenized text names, in text order. */
    List<SkillHit> find(TokenizedText text) {
        List<Token> tokens = text.tokens();
        List<SkillHit> candidates = new ArrayList<>();
        List<Boolean> ambiguous = new ArrayList<>();
        Longest longest = new Longest();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if ((token.isWord() || token.isPunct('.')) && startsOnBoundary(tokens, i)) {
                longest.reset(tokens);
                index.matchesAt(tokens, i, longest);
                if (longest.alias != null) {
                    candidates.add(new SkillHit(longest.alias.entry(), spelling(text, i, longest.end), i, longest.end,
                            token.sentence()));
                    ambiguous.add(longest.alias.ambiguous());
                    i = longest.end;
                    continue;
                }
            }
            i++;
        }
        if (!ambiguous.contains(Boolean.TRUE)) {
            return candidates;
        }
        boolean[] anchors = new boolean[candidates.size()];
        for (int k = 0; k < anchors.length; k++) {
            anchors[k] = !ambiguous.get(k);
        }
        // Twice: an ambiguous name accepted in the first round ("React" next to "Node.js") may vouch
        // for another one in the second ("node.js react go").
        boolean[] accepted = judge(text, candidates, anchors);
        boolean more = false;
        for (int k = 0; k < anchors.length; k++) {
            more |= accepted[k] && !anchors[k];
        }
        if (more) {
            accepted = judge(text, candidates, accepted);
        }
        List<SkillHit> found = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            if (accepted[k]) {
                found.add(candidates.get(k));
            }
        }
        return found;
    }

    private boolean[] judge(TokenizedText text, List<SkillHit> candidates, boolean[] anchors) {
        boolean[] accepted = anchors.clone();
        for (int k = 0; k < candidates.size(); k++) {
            if (!anchors[k]) {
                accepted[k] = judge.isTechnical(text, candidates.get(k), candidates, anchors);
            }
        }
        return accepted;
    }

    private static String spelling(TokenizedText text, int first, int end) {
        String written = text.text().substring(text.token(first).start(), text.token(end - 1).end());
        return written.indexOf('\n') >= 0 || written.indexOf('\t') >= 0 || written.contains("  ")
                ? written.replaceAll("\\s+", " ") : written;
    }

    private static boolean startsOnBoundary(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !token.glued()) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        if (previous.kind() == Token.Kind.PUNCT && OPENERS.contains(previous.firstChar())) {
            return true;
        }
        return token.isPunct('.') && previous.isWord(); // ".NET" in "C#.NET"
    }

    private boolean endsOnBoundary(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        if (!next.glued() || next.kind() == Token.Kind.LINK) {
            return true;
        }
        Token last = tokens.get(end - 1);
        if (next.isWord()) {
            char symbol = last.lastChar();
            return symbol == '+' || symbol == '#'; // "C++17"
        }
        char c = next.firstChar();
        if (CLOSERS.contains(c)) {
            return true;
        }
        if (c != '.') {
            return false; // '+', '#', '&', '@', '_': part of a longer name ("R&D")
        }
        if (end + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(end + 1);
        return !after.glued() || after.kind() == Token.Kind.PUNCT || dotSpellingStarts.contains(after.lower());
    }

    /** Keeps the longest spelling found at a position whose end is a token boundary. */
    private final class Longest implements PhraseIndex.Sink<Alias> {
        private List<Token> tokens = List.of();
        private int end;
        private Alias alias;

        void reset(List<Token> current) {
            tokens = current;
            end = -1;
            alias = null;
        }

        @Override
        public void accept(int candidateEnd, List<Alias> payloads) {
            if (candidateEnd > end && endsOnBoundary(tokens, candidateEnd)) {
                end = candidateEnd;
                alias = payloads.get(0);
            }
        }
    }
}
