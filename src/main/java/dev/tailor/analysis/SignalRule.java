package dev.tailor.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the signal lexicon: a sentence shows {@code type}/{@code value} when it holds one of
 * the phrases (and, if given, one of the {@code requires} phrases, and none of the {@code unless}
 * phrases), or when a pattern matches it.
 *
 * @param type     the signal type, e.g. "migration"
 * @param value    the finding; with patterns it may hold {1}, {2}... for the pattern's groups
 * @param patterns regular expressions, tried on the sentences that hold a {@code near} phrase or on links
 * @param requires true when a phrase alone is not enough: a {@code requires} phrase must be in the sentence too
 * @param links    true when the patterns run on the text's URLs and e-mail addresses
 * @param line     where the entry starts in the lexicon file, for messages
 */
record SignalRule(String type, String value, List<Pattern> patterns, boolean requires, boolean links, int line) {
    SignalRule {
        patterns = List.copyOf(patterns);
    }
}
