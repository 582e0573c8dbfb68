package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a posting reveals about the company (stage, a migration under way, its domain...) and
 * the sentence that shows each finding. Splits the text into sentences once and looks every lexicon
 * phrase up in one pass over the tokens; a lexicon pattern is only tried on the few sentences that
 * hold one of its {@code near} phrases, or on the links. Immutable and thread-safe.
 */
public final class CompanySignalDetector {
    /** Sentences shorter than this many words read as fragments ("Fintech."), not as evidence. */
    private static final int COMPLETE_SENTENCE_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String VALUE_TRAILERS = ".,;:!?)";

    private final SignalLexicon lexicon;

    public CompanySignalDetector(SignalLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * One signal per (type, value), each with its best evidence (the shortest complete sentence that
     * shows it), most useful for a cover letter first (see {@link SignalLexicon#TYPES}), then in text order.
     */
    public List<CompanySignal> detect(String text) {
        Objects.requireNonNull(text, "text");
        return detect(List.of(Tokenizer.tokenize(text)));
    }

    /** The same, over a text already tokenized in parts (a posting's sections), read in order. */
    List<CompanySignal> detect(List<TokenizedText> parts) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        int offset = 0;
        for (TokenizedText part : parts) {
            if (part.sentenceCount() > 0) {
                find(part, offset, findings);
            }
            offset += part.text().length() + 1;
        }
        List<Finding> ordered = new ArrayList<>(findings.values());
        ordered.sort(Comparator.comparingInt((Finding f) -> SignalLexicon.TYPES.indexOf(f.type))
                .thenComparingInt(f -> f.firstOffset));
        List<CompanySignal> signals = new ArrayList<>(ordered.size());
        for (Finding finding : ordered) {
            signals.add(new CompanySignal(finding.type, finding.value, finding.evidence));
        }
        return signals;
    }

    private void find(TokenizedText text, int offset, Map<String, Finding> findings) {
        PhraseHits hits = new PhraseHits(text.sentenceCount());
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.LINK) {
                findInLink(text, token, offset, findings);
            } else {
                hits.sentence = token.sentence();
                lexicon.phrases().matchesAt(tokens, i, hits);
            }
        }
        List<SignalRule> rules = lexicon.rules();
        for (int s = 0; s < text.sentenceCount(); s++) {
            int start = text.sentences()[2 * s];
            BitSet triggers = hits.sets.get(SignalLexicon.Part.TRIGGER)[s];
            for (int r = triggers == null ? -1 : triggers.nextSetBit(0); r >= 0; r = triggers.nextSetBit(r + 1)) {
                SignalRule rule = rules.get(r);
                if (!hits.has(SignalLexicon.Part.UNLESS, s, r) && (!rule.requires() || hits.has(SignalLexicon.Part.REQUIRES, s, r))) {
                    offer(findings, text, rule.type(), rule.value(), s, offset + start);
                }
            }
            BitSet near = hits.sets.get(SignalLexicon.Part.NEAR)[s];
            for (int r = near == null ? -1 : near.nextSetBit(0); r >= 0; r = near.nextSetBit(r + 1)) {
                findWithPatterns(text, rules.get(r), start, text.sentences()[2 * s + 1], offset, findings);
            }
        }
    }

    private void findInLink(TokenizedText text, Token link, int offset, Map<String, Finding> findings) {
        for (SignalRule rule : lexicon.rules()) {
            if (rule.links()) {
                findWithPatterns(text, rule, link.start(), link.end(), offset, findings);
            }
        }
    }

    private static void findWithPatterns(TokenizedText text, SignalRule rule, int start, int end, int offset,
                                         Map<String, Finding> findings) {
        for (Pattern pattern : rule.patterns()) {
            Matcher matcher = pattern.matcher(text.text()).region(start, end)
                    .useTransparentBounds(true).useAnchoringBounds(false);
            while (matcher.find()) {
                offer(findings, text, rule.type(), fill(rule.value(), matcher), text.sentenceAt(matcher.start()),
                        offset + matcher.start());
            }
        }
    }

    private static String fill(String template, Matcher matcher) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder value = new StringBuilder(template);
        for (int group = matcher.groupCount(); group >= 1; group--) {
            String reference = "{" + group + "}";
            String captured = matcher.group(group) == null ? "" : matcher.group(group);
            for (int at = value.indexOf(reference); at >= 0; at = value.indexOf(reference, at + captured.length())) {
                value.replace(at, at + reference.length(), captured);
            }
        }
        String filled = SPACES.matcher(value.toString().strip()).replaceAll(" ");
        int end = filled.length();
        while (end > 0 && VALUE_TRAILERS.indexOf(filled.charAt(end - 1)) >= 0) {
            end--; // "to React." at the end of a sentence
        }
        return filled.substring(0, end);
    }

    private static void offer(Map<String, Finding> findings, TokenizedText text, String type, String value,
                              int sentence, int offset) {
        String evidence = text.sentenceText(sentence);
        Finding finding = findings.computeIfAbsent(type + '\u0000' + value, k -> new Finding(type, value, evidence, offset));
        finding.firstOffset = Math.min(finding.firstOffset, offset);
        if (isBetterEvidence(evidence, finding.evidence)) {
            finding.evidence = evidence;
        }
    }

    /** A complete sentence beats a fragment; between two of a kind, the shorter one reads better in a letter. */
    private static boolean isBetterEvidence(String candidate, String current) {
        boolean candidateComplete = isComplete(candidate);
        if (candidateComplete != isComplete(current)) {
            return candidateComplete;
        }
        return candidate.length() < current.length();
    }

    private static boolean isComplete(String sentence) {
        char first = sentence.charAt(0);
        char last = sentence.charAt(sentence.length() - 1);
        int words = 1;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ' ') {
                words++;
            }
        }
        return (Character.isUpperCase(first) || Character.isDigit(first)) && (last == '.' || last == '!' || last == '?')
                && words >= COMPLETE_SENTENCE_WORDS;
    }

    /** Which rules' phrases each sentence holds, by part. */
    private static final class PhraseHits implements PhraseIndex.Sink<SignalLexicon.Role> {
        private final Map<SignalLexicon.Part, BitSet[]> sets = new EnumMap<>(SignalLexicon.Part.class);
        private int sentence;

        PhraseHits(int sentences) {
            for (SignalLexicon.Part part : SignalLexicon.Part.values()) {
                sets.put(part, new BitSet[sentences]);
            }
        }

        @Override
        public void accept(int end, List<SignalLexicon.Role> roles) {
            for (SignalLexicon.Role role : roles) {
                BitSet[] bySentence = sets.get(role.part());
                if (bySentence[sentence] == null) {
                    bySentence[sentence] = new BitSet();
                }
                bySentence[sentence].set(role.rule());
            }
        }

        boolean has(SignalLexicon.Part part, int sentence, int rule) {
            BitSet set = sets.get(part)[sentence];
            return set != null && set.get(rule);
        }
    }

    /** A signal found so far: its best evidence and where it first shows. */
    private static final class Finding {
        private final String type;
        private final String value;
        private String evidence;
        private int firstOffset;

        Finding(String type, String value, String evidence, int firstOffset) {
            this.type = type;
            this.value = value;
            this.evidence = evidence;
            this.firstOffset = firstOffset;
        }
    }
}
