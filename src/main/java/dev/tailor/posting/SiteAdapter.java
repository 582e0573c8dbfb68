package dev.tailor.posting;

/**
 * Reads one site's job page layout (Greenhouse, Lever, LinkedIn ...), which knows where that site puts the
 * title, company, location and description. It looks for the elements it needs among those the page's one
 * {@link PageScan} indexed, never by another walk over the whole page.
 */
interface SiteAdapter {

    /**
     * A CSS selector that every page of this layout matches (and few others do): a page without its parts
     * ({@link PageTokens}) is not this layout, and the adapter need not look.
     */
    String marker();

    /** Whether the scanned page has this site's layout. */
    boolean recognises(PageScan page);

    /** What the page says, read from the site's layout; only called when {@link #recognises} is true. */
    PostingFields read(PageScan page);
}
