package dev.tailor.fetch;

import java.util.regex.Pattern;

/**
 * A job board as written in a job file: {@code provider:slug}, e.g. {@code greenhouse:acme}.
 *
 * @param provider the board's provider
 * @param slug     the company's name on that board
 */
record Board(BoardProvider provider, String slug) {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]+");

    /** Parses {@code provider:slug}. */
    static Board parse(String text) throws FetchRefusedException {
        int colon = text.indexOf(':');
        BoardProvider provider = colon < 0 ? null : BoardProvider.of(text.substring(0, colon).strip());
        String slug = colon < 0 ? "" : text.substring(colon + 1).strip();
        // a slug of dots would climb up the API's path instead of naming a company
        if (provider == null || !SLUG.matcher(slug).matches() || slug.chars().allMatch(c -> c == '.')) {
            throw new FetchRefusedException("board '" + text + "' must be greenhouse|lever|ashby|smartrecruiters|workable:SLUG");
        }
        return new Board(provider, slug);
    }

    @Override
    public String toString() {
        return provider.key() + ":" + slug;
    }
}
