package dev.tailor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).tokens().stream().map(Token::text).toList();
    }

    private static List<String> sentences(String text) {
        TokenizedText tokenized = Tokenizer.tokenize(text);
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < tokenized.sentenceCount(); s++) {
            sentences.add(tokenized.sentenceText(s));
        }
        return sentences;
    }

    @Test
    void keepsPlusAndHashSymbolsOnTheirWord() {
        assertThat(tokens("C++ and C# (5+ years)")).containsExactly("C++", "and", "C#", "(", "5+", "years", ")");
    }

    @Test
    void keepsDotsAndSlashesAsGluedTokens() {
        TokenizedText text = Tokenizer.tokenize("Node.js CI/CD");
        assertThat(text.tokens()).extracting(Token::text).containsExactly("Node", ".", "js", "CI", "/", "CD");
        assertThat(text.tokens()).extracting(Token::glued).containsExactly(false, true, true, false, true, true);
    }

    @Test
    void dropsHyphenBetweenWordsButMarksTheSecond() {
        TokenizedText text = Tokenizer.tokenize("Kafka-based");
        assertThat(text.tokens()).extracting(Token::text).containsExactly("Kafka", "based");
        assertThat(text.token(1).hyphenated()).isTrue();
    }

    @Test
    void turnsUrlsAndEmailsIntoSingleLinks() {
        TokenizedText text = Tokenizer.tokenize("Mail ada.l@java.dev or see (https://go.dev/doc).");
        assertThat(text.tokens()).filteredOn(t -> t.kind() == Token.Kind.LINK).extracting(Token::text)
                .containsExactly("ada.l@java.dev", "https://go.dev/doc");
    }

    @Test
    void splitsSentencesAtFullStopsAndLines() {
        assertThat(sentences("We use Go. It is fast!\n- Kafka experience\n- Rust")).containsExactly(
                "We use Go.", "It is fast!", "Kafka experience", "Rust");
    }

    @Test
    void doesNotSplitAtAbbreviationsOrInsideNames() {
        assertThat(sentences("Tools, e.g. Node.js and Vue.js 3.5, are fine.")).containsExactly(
                "Tools, e.g. Node.js and Vue.js 3.5, are fine.");
    }

    @Test
    void stripsListMarkersFromSentences() {
        assertThat(sentences("• First point\n1. Second point\n* Third")).containsExactly("First point", "Second point", "Third");
    }
}
