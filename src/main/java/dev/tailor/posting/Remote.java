package dev.tailor.posting;

import java.util.Locale;

/** A posting's remote-work policy. */
public enum Remote {
    YES,
    NO,
    HYBRID;

    /** The lower-case word used in outputs: yes, no or hybrid. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
