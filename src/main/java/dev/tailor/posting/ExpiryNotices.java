package dev.tailor.posting;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a posting that says it is closed: the notices boards show on an expired page, in English, German
 * and Czech, and the markers some layouts use for them (LinkedIn's {@code closed-job}).
 */
final class ExpiryNotices {
    /** Whole phrases only: "expired" alone appears in cookie scripts and form footers of live pages. */
    private static final List<String> PHRASES = List.of(
            "no longer accepting applications", "this job has expired", "this job posting has expired",
            "this job is no longer available", "this position is no longer available", "this job is closed",
            "this position has been filled", "this position has been closed", "this vacancy has expired",
            "this vacancy is closed", "job ad expired", "the job you are looking for is no longer",
            "applications are closed", "applications have closed", "this posting is closed",
            "diese stelle ist nicht mehr verfügbar", "diese stellenanzeige ist abgelaufen",
            "die stellenanzeige ist nicht mehr aktiv", "diese stelle ist bereits besetzt", "stellenanzeige abgelaufen",
            "die bewerbungsfrist ist abgelaufen",
            "tato nabídka již není aktivní", "nabídka již není aktivní", "tato nabídka už není aktivní",
            "nabídka již není aktuální", "inzerát již není aktivní", "pozice je již obsazena", "platnost nabídky vypršela",
            "tento inzerát vypršel", "inzerát byl ukončen");
    /**
     * The phrases without their spaces, as the body's raw text, folded without white space, holds them
     * ({@link PageScan#foldedRawBodyText}): whatever phrase the read text holds, the raw text holds joined. Most pages
     * hold none, and their text need not be read.
     */
    private static final PhraseSet JOINED_PHRASES =
            new PhraseSet(PHRASES.stream().map(FoldedText::withoutWhiteSpace).toList());
    private static final PageQuery MARKERS =
            PageQuery.of(".closed-job, .topcard__flavor--closed, [data-automation-id=jobPostingExpired]");

    static {
        for (String phrase : PHRASES) {
            if (phrase.endsWith("i") || phrase.indexOf('\u0307') >= 0 || phrase.indexOf('σ') >= 0 || phrase.indexOf('ς') >= 0) {
                // FoldedText would no longer hold every phrase the lower-cased text holds
                throw new IllegalStateException("an expiry phrase FoldedText cannot find: " + phrase);
            }
        }
    }

    private ExpiryNotices() {
    }

    /**
     * Whether the page marks the posting as closed. The body's text is searched (scripts hold the same phrases as
     * unused translations, so they are not searched); the phrases are specific enough that a description does not
     * use them.
     */
    static boolean onPage(Document page, PageScan scan) {
        return scan.foldedRawBodyText().holdsAny(JOINED_PHRASES) && inText(scan.bodyText())
                || MARKERS.first(page, scan.tokens()) != null;
    }

    /** Whether the text holds an expiry notice. */
    static boolean inText(@Nullable String text) {
        if (text == null) {
            return false;
        }
        // jsoup's text() has already made white space single spaces; only no-break spaces are left to even out
        String spaced = text.replace('\u00A0', ' ');
        // The folded text holds a phrase wherever the lower-cased one does: most texts are ruled out cheaply.
        return holdsPhrase(FoldedText.of(spaced)) && holdsPhrase(spaced.toLowerCase(Locale.ROOT));
    }

    private static boolean holdsPhrase(String lower) {
        for (String phrase : PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
