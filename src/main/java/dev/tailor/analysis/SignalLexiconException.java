package dev.tailor.analysis;

/** A company-signal lexicon file that cannot be loaded: a syntax error, an unknown type or key, a bad pattern. */
public class SignalLexiconException extends AnalysisDataException {
    public SignalLexiconException(String source, int line, String reason) {
        super(source, line, reason, null);
    }

    public SignalLexiconException(String source, int line, String reason, Throwable cause) {
        super(source, line, reason, cause);
    }
}
