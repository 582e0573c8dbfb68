package dev.tailor.letter;

import java.util.List;

/**
 * One rendered cover letter and how it scores against the rubric.
 *
 * @param markdown    the letter as Markdown: header, salutation, body paragraphs, sign-off
 * @param paragraphs  the body paragraphs as plain text (opening first, closing last)
 * @param html        the letter as a standalone HTML page, every value escaped; null when it was not asked for
 * @param words       word count of the body (without address and signature)
 * @param lint        the result of every rubric check
 * @param atsCoverage share (0-1) of the posting's top requirements the candidate has that the letter names
 *                    in the posting's spelling; null when the posting has no requirement the candidate has
 */
public record Letter(String markdown, List<String> paragraphs, String html, int words, List<LintResult> lint, Double atsCoverage) {
    public Letter {
        paragraphs = List.copyOf(paragraphs);
        lint = List.copyOf(lint);
    }
}
