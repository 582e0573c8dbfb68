package dev.tailor.letter;

/**
 * The outcome of one rubric check on one letter (see LETTER-RUBRIC.md).
 *
 * @param rule   the rule's name, e.g. "length"
 * @param ok     whether the letter passes it
 * @param detail what was found, e.g. "352 words"
 */
public record LintResult(String rule, boolean ok, String detail) {
}
