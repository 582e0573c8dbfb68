package dev.tailor.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a posting reveals about the company (stage, a migration under way, its domain...) and
 * the sentence that shows each finding. Splits the text into sentences once, looks every lexicon
 * phrase up in one pass over the tokens and runs each lexicon pattern once over the text.
 * Immutable and thread-safe.
 */
public final class CompanySignalDetector {
    /** Sentences shorter than this many words read as fragments ("Fintech."), not as evidence. */
    private static final int COMPLETE_SENTENCE_WORDS = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        return detect(Tokenizer.tokenize(text));
    }

    List<CompanySignal> detect(TokenizedText text) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        findPhrases(text, findings);
        findPatterns(text, findings);
        List<Finding> ordered = new ArrayList<>(findings.values());
        ordered.sort(Comparator.comparingInt((Finding f) -> SignalLexicon.TYPES.indexOf(f.type))
                .thenComparingInt(f -> f.firstOffset));
        List<CompanySignal> signals = new ArrayList<>(ordered.size());
        for (Finding finding : ordered) {
            signals.add(new CompanySignal(finding.type, finding.value, text.sentenceText(finding.evidence)));
        }
        return signals;
    }

    private void findPhrases(TokenizedText text, Map<String, Finding> findings) {
        int sentences = text.sentenceCount();
        if (sentences == 0) {
            return;
        }
        PhraseHits hits = new PhraseHits(sentences);
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.LINK) {
                hits.sentence = token.sentence();
                lexicon.phrases().matchesAt(tokens, i, hits);
            }
        }
        BitSet[] triggers = hits.triggers;
        BitSet[] companions = hits.companions;
        BitSet[] vetoes = hits.vetoes;
        List<SignalRule> rules = lexicon.rules();
        for (int s = 0; s < sentences; s++) {
            if (triggers[s] == null) {
                continue;
            }
            for (int r = triggers[s].nextSetBit(0); r >= 0; r = triggers[s].nextSetBit(r + 1)) {
                SignalRule rule = rules.get(r);
                boolean vetoed = vetoes[s] != null && vetoes[s].get(r);
                boolean accompanied = !rule.requires() || (companions[s] != null && companions[s].get(r));
                if (!vetoed && accompanied) {
                    offer(findings, text, rule.type(), rule.value(), s, text.sentences()[2 * s]);
                }
            }
        }
    }

    private void findPatterns(TokenizedText text, Map<String, Finding> findings) {
        for (SignalRule rule : lexicon.rules()) {
            for (Pattern pattern : rule.patterns()) {
                Matcher matcher = pattern.matcher(text.text());
                while (matcher.find()) {
                    offer(findings, text, rule.type(), fill(rule.value(), matcher), text.sentenceAt(matcher.start()),
                            matcher.start());
                }
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
            int at = value.indexOf(reference);
            while (at >= 0) {
                String captured = matcher.group(group) == null ? "" : matcher.group(group);
                value.replace(at, at + reference.length(), captured);
                at = value.indexOf(reference, at + captured.length());
            }
        }
        String filled = SPACES.matcher(value.toString().strip()).replaceAll(" ");
        int end = filled.length();
        while (end > 0 && ".,;:!?)".indexOf(filled.charAt(end - 1)) >= 0) {
            end--; // "to React." at the end of a sentence
        }
        return filled.substring(0, end);
    }

    private static void offer(Map<String, Finding> findings, TokenizedText text, String type, String value,
                              int sentence, int offset) {
        if (text.sentenceCount() == 0) {
            return;
        }
        Finding finding = findings.computeIfAbsent(type + '\u0000' + value, k -> new Finding(type, value, sentence, offset));
        finding.firstOffset = Math.min(finding.firstOffset, offset);
        if (isBetterEvidence(text, sentence, finding.evidence)) {
            finding.evidence = sentence;
        }
    }

    /** A complete sentence beats a fragment; between two of a kind, the shorter one reads better in a letter. */
    private static boolean isBetterEvidence(TokenizedText text, int candidate, int current) {
        if (candidate == current) {
            return false;
        }
        boolean candidateComplete = isComplete(text.sentenceText(candidate));
        boolean currentComplete = isComplete(text.sentenceText(current));
        if (candidateComplete != currentComplete) {
            return candidateComplete;
        }
        return text.sentenceText(candidate).length() < text.sentenceText(current).length();
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

    /** Which rules' phrases each sentence holds, by part (trigger, companion, veto). */
    private static final class PhraseHits implements PhraseIndex.Sink<SignalLexicon.Role> {
        private final BitSet[] triggers;
        private final BitSet[] companions;
        private final BitSet[] vetoes;
        private int sentence;

        PhraseHits(int sentences) {
            triggers = new BitSet[sentences];
            companions = new BitSet[sentences];
            vetoes = new BitSet[sentences];
        }

        @Override
        public void accept(int end, List<SignalLexicon.Role> roles) {
            for (SignalLexicon.Role role : roles) {
                BitSet[] sets = switch (role.part()) {
                    case TRIGGER -> triggers;
                    case REQUIRES -> companions;
                    case UNLESS -> vetoes;
                };
                if (sets[sentence] == null) {
                    sets[sentence] = new BitSet();
                }
                sets[sentence].set(role.rule());
            }
        }
    }

    /** A signal found so far: its best evidence sentence and where it first shows. */
    private static final class Finding {
        private final String type;
        private final String value;
        private int evidence;
        private int firstOffset;

        Finding(String type, String value, int evidence, int firstOffset) {
            this.type = type;
            this.value = value;
            this.evidence = evidence;
            this.firstOffset = firstOffset;
        }
    }
}
