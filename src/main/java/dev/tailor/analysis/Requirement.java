package dev.tailor.analysis;

/** How strongly a posting asks for a skill. */
public enum Requirement {
    REQUIRED,
    NICE_TO_HAVE,
    MENTIONED
}
