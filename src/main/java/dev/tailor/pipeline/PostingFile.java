package dev.tailor.pipeline;

import java.nio.file.Path;

/**
 * A file found in a postings folder: the item the postings step reads.
 *
 * @param path   where to read it
 * @param source the label recorded for it: its path as given, normalised, with '/' separators
 */
public record PostingFile(Path path, String source) {
}
