package dev.tailor.profile;

/**
 * One paragraph of a résumé in reading order, with what its formatting says about it.
 *
 * @param text the paragraph's text, blanks collapsed
 * @param kind heading, bullet point, table cell or plain text
 */
record ResumeLine(String text, Kind kind) {
    enum Kind { HEADING, BULLET, CELL, TEXT }
}
