/**
 * Turns a tailoring plan into a cover letter: Markdown, HTML and Word, plus the rubric lint.
 *
 * <p>{@link dev.tailor.letter.LetterTemplates} loads and compiles the person's FreeMarker templates once,
 * {@link dev.tailor.letter.LetterRenderer} renders a {@link dev.tailor.letter.Letter} from them,
 * {@link dev.tailor.letter.RubricLinter} checks it against LETTER-RUBRIC.md and
 * {@link dev.tailor.letter.DocxLetterWriter} writes the Word version. Plain Java: nothing here knows about
 * Spring or Spring Batch. Posting text reaches the templates only as data in a model of maps, lists and
 * strings; it is printed, never evaluated.
 */
package dev.tailor.letter;
