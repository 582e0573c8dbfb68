package dev.tailor.posting;

import org.jsoup.nodes.Document;

/**
 * Reads one site's job page layout (Greenhouse, Lever, LinkedIn ...), which knows where that site puts the
 * title, company, location and description.
 */
interface SiteAdapter {

    /**
     * A CSS selector that every page of this layout matches (and few others do): one pass over a page with the
     * markers of every adapter tells whether any adapter needs to look at it.
     */
    String marker();

    /** Whether the page has this site's layout. */
    boolean recognises(Document page);

    /** What the page says, read from the site's layout; only called when {@link #recognises} is true. */
    PostingFields read(Document page);
}
