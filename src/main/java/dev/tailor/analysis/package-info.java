/**
 * What a posting asks for and what it says about the company.
 *
 * <p>{@link dev.tailor.analysis.PostingAnalyzer} is the entry point: it is built once from a
 * {@link dev.tailor.analysis.SkillTaxonomy} ({@code data/skills.yaml}) and a
 * {@link dev.tailor.analysis.SignalLexicon} ({@code data/signals.yaml}) and then turns each posting
 * into an {@link dev.tailor.analysis.Analysis}. Text is tokenized once per posting part; skills,
 * requirement cues and signal phrases are all looked up in token tries, never with a regex per word.
 */
@NullMarked
package dev.tailor.analysis;

import org.jspecify.annotations.NullMarked;
