package dev.tailor.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved job page, strongest evidence first: schema.org JSON-LD, then a site adapter, then the page's
 * metadata, then the page's main text. Evidence combines field by field; the description comes from the
 * adapter when one recognises the page (its markup keeps the headings), else from JSON-LD, else from the page.
 */
final class HtmlPostingParser {
    /** Below this many words of description the page is not a posting (a sign-in wall, an error page). */
    static final int MIN_DESCRIPTION_WORDS = 60;
    private static final List<String> SIGN_IN_WORDS = List.of(
            "sign in", "sign-in", "log in", "login", "join now", "create an account", "anmelden", "einloggen");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final List<SiteAdapter> adapters = List.of(new GreenhouseAdapter(), new LeverAdapter(), new LinkedInAdapter());
    private final PageMetadata metadata = new PageMetadata();

    /** The posting's fields; fails with a reason a person understands when the page holds no posting. */
    PostingFields parse(Document page, String source) throws PostingParseException {
        PostingFields fromJsonLd = jsonLd.read(page);
        PostingFields fromAdapter = PostingFields.NONE;
        for (SiteAdapter adapter : adapters) {
            if (adapter.recognises(page)) {
                fromAdapter = adapter.read(page);
                break;
            }
        }
        PostingFields fields = fromJsonLd.orElse(fromAdapter);
        if (!fromAdapter.description().isEmpty()) {
            fields = fields.withDescription(fromAdapter.description());
        }
        fields = fields.orElse(metadata.read(page, fields.title()));
        if (fields.description().isEmpty()) {
            fields = fields.withDescription(MainContent.blocks(page));
        }
        fields = fields.withDescription(withoutLeadingTitle(fields.description(), fields.title()));

        int words = TextNormalizer.wordCount(fields.descriptionText());
        if (words < MIN_DESCRIPTION_WORDS) {
            throw new PostingParseException(source, looksLikeSignInWall(page)
                    ? "no job posting found in the page (sign-in wall?)"
                    : "no job posting found in the page (only " + words + " words of text; saved before it finished loading?)");
        }
        if (fields.title() == null) {
            throw new PostingParseException(source, "no job posting found in the page (no job title)");
        }
        if (fields.company() == null) {
            throw new PostingParseException(source, "no company name found in the page");
        }
        return fields;
    }

    /** Generic pages repeat the title (and the company) as the first line of their text. */
    private static List<TextBlock> withoutLeadingTitle(List<TextBlock> blocks, @Nullable String title) {
        List<TextBlock> kept = new ArrayList<>(blocks);
        while (!kept.isEmpty() && title != null && kept.get(0).text().equalsIgnoreCase(title)) {
            kept.remove(0);
        }
        return kept;
    }

    private static boolean looksLikeSignInWall(Document page) {
        if (page.selectFirst("input[type=password]") != null) {
            return true;
        }
        String text = page.body() == null ? "" : page.body().text().toLowerCase(Locale.ROOT);
        for (String words : SIGN_IN_WORDS) {
            if (text.contains(words)) {
                return true;
            }
        }
        return false;
    }
}
