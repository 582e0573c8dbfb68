package dev.tailor.analysis;

/** A skills taxonomy file that cannot be loaded: a syntax error, a duplicate name or alias, a missing or unknown key. */
public class TaxonomyException extends AnalysisDataException {
    public TaxonomyException(String source, int line, String reason) {
        super(source, line, reason, null);
    }

    public TaxonomyException(String source, int line, String reason, Throwable cause) {
        super(source, line, reason, cause);
    }
}
