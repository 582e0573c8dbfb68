package dev.tailor.analysis;

/**
 * A skill found in a tokenized text, by token positions.
 *
 * @param entry    the taxonomy entry
 * @param spelling the text's own spelling
 * @param first    index of the first token
 * @param end      index after the last token
 * @param sentence the sentence it is in
 */
record SkillHit(TaxonomyEntry entry, String spelling, int first, int end, int sentence) {
}
