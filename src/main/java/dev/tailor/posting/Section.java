package dev.tailor.posting;

import java.util.Objects;

/**
 * A titled part of a posting's description.
 *
 * @param kind    what the section is about
 * @param heading the heading as written in the posting, or "" when the section had none
 * @param text    the section's plain text, paragraphs and list items separated by newlines
 */
public record Section(SectionKind kind, String heading, String text) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
