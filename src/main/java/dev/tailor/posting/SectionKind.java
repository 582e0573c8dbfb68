package dev.tailor.posting;

/** The kinds of section a posting's description is split into. */
public enum SectionKind {
    ABOUT,
    RESPONSIBILITIES,
    REQUIREMENTS,
    NICE_TO_HAVE,
    BENEFITS,
    OTHER
}
