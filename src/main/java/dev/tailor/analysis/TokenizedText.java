package dev.tailor.analysis;

import java.util.List;

/**
 * A text cut once into tokens and sentences; every later step reads this instead of the raw string.
 *
 * @param text      the text as given
 * @param tokens    its tokens in order
 * @param sentences sentence bounds as pairs {@code [start0, end0, start1, end1, ...]}
 */
record TokenizedText(String text, List<Token> tokens, int[] sentences) {

    int size() {
        return tokens.size();
    }

    Token token(int index) {
        return tokens.get(index);
    }

    int sentenceCount() {
        return sentences.length / 2;
    }

    /** The sentence as written, without list markers or surrounding spaces. */
    String sentenceText(int sentence) {
        return text.substring(sentences[2 * sentence], sentences[2 * sentence + 1]);
    }

    /** The sentence that holds the character at {@code offset} (the nearest one before it in a gap). */
    int sentenceAt(int offset) {
        int low = 0;
        int high = sentenceCount() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences[2 * mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** True when no word comes before token {@code index} in its sentence. */
    boolean startsSentence(int index) {
        int sentence = tokens.get(index).sentence();
        for (int k = index - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            if (tokens.get(k).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** The nearest word before token {@code index} in the same sentence, or null. */
    Token previousWord(int index) {
        int sentence = tokens.get(index).sentence();
        for (int k = index - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            if (tokens.get(k).isWord()) {
                return tokens.get(k);
            }
        }
        return null;
    }

    /** The nearest word from token {@code index} on in the same sentence, or null. */
    Token nextWord(int index, int sentence) {
        for (int k = index; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            if (tokens.get(k).isWord()) {
                return tokens.get(k);
            }
        }
        return null;
    }
}
