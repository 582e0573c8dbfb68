/**
 * Turning saved job posting files (HTML, plain text, Markdown) into clean {@link dev.tailor.posting.Posting}s.
 *
 * <p>{@link dev.tailor.posting.PostingReader} is the entry point; everything else in the package is the
 * evidence it weighs: schema.org JSON-LD, site adapters, page metadata and a generic main-content finder.
 */
@NullMarked
package dev.tailor.posting;

import org.jspecify.annotations.NullMarked;
