package dev.tailor.posting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved job page, strongest evidence first: schema.org JSON-LD, then microdata, then a site adapter,
 * then the page's metadata, then the page's main text. Evidence combines field by field; the description
 * comes from the adapter when one recognises the page (its markup keeps the headings), else from JSON-LD or
 * microdata, else from the page. The posting's address is the first one the evidence names, else the page's
 * canonical link or {@code og:url}; it is expired when any evidence or a notice on the page says so.
 */
final class HtmlPostingParser {
    /** Below this many words of description the page is not a posting (a sign-in wall, an error page). */
    static final int MIN_DESCRIPTION_WORDS = 60;
    /** A short last sentence that only asks the reader to apply or share. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)(?:^|(?<=[.!?:])\\s+|\\s+(?=apply now))(?:apply now|apply today|click here to apply|share this job"
                    + "|jetzt bewerben|odpovědět na nabídku)\\b[^.!?]{0,60}[.!]?$");
    /**
     * The calls to action the pattern names, one of which any text it matches holds in lower case: the pattern is tried
     * at every position of the last block, and most blocks hold none.
     */
    private static final List<String> CALL_TO_ACTION_WORDS = List.of("apply now", "apply today", "click here to apply",
            "share this job", "jetzt bewerben", "odpovědět na nabídku");
    /** Main content that is more than this share of link text is a list of jobs, not one job. */
    private static final double MAX_LINK_SHARE = 0.5;
    /** How many times the scripts must outweigh the text for a page to count as drawn by scripts. */
    private static final int SCRIPT_TO_TEXT = 5;
    private static final List<String> SIGN_IN_WORDS = List.of(
            "sign in", "sign-in", "log in", "login", "join now", "create an account", "anmelden", "einloggen");

    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator PASSWORD = QueryParser.parse("input[type=password]");

    private final JsonLdReader jsonLd;
    private final MicrodataReader microdata;
    private final List<SiteAdapter> adapters = List.of(new GreenhouseAdapter(), new LeverAdapter(), new LinkedInAdapter(),
            new AshbyAdapter(), new WorkdayAdapter(), new IndeedAdapter(), new StackOverflowAdapter(),
            new WeWorkRemotelyAdapter(), new SmartRecruitersAdapter(), new WorkableAdapter(), new NuxtDataAdapter());
    /**
     * Each adapter's own marker: a page lacking its parts is not that adapter's layout, and it need not look. Most
     * pages hold no adapter's parts; the adapters that may recognise a page look among the elements the scan indexed.
     */
    private final List<PageQuery> markers = adapters.stream().map(adapter -> PageQuery.of(adapter.marker())).toList();
    private final PageMetadata metadata = new PageMetadata();

    /** A parser that takes the clock's day as today when it reads {@code validThrough} dates. */
    HtmlPostingParser(Clock clock) {
        this.jsonLd = new JsonLdReader(clock);
        this.microdata = new MicrodataReader(clock);
    }

    /**
     * The posting's fields; fails with a reason a person understands when the page holds no posting. A page
     * without a description in its data or layout loses its chrome in place: pass a page read for this call.
     */
    PostingFields parse(Document page, String source) throws PostingParseException {
        // One walk collects what the readers look for; the page's text is read only when a check needs it.
        PageScan scan = PageScan.of(page);
        PageTokens tokens = scan.tokens();
        boolean expiredNotice = ExpiryNotices.onPage(page, scan);
        String pageUrl = pageUrl(page, scan);
        PostingFields fromAdapter = PostingFields.NONE;
        for (int i = 0; i < adapters.size(); i++) {
            SiteAdapter adapter = adapters.get(i);
            if (markers.get(i).mayMatch(tokens) && adapter.recognises(scan)) {
                fromAdapter = adapter.read(scan);
                break;
            }
        }
        // The adapter's description, when it has one, is the posting's: JSON-LD's is not read then.
        boolean adapterDescribes = !fromAdapter.description().isEmpty();
        PostingFields fromJsonLd = jsonLd.read(scan.scripts(), !adapterDescribes).orElse(microdata.read(page, tokens));
        PostingFields fields = fromJsonLd.orElse(fromAdapter);
        if (adapterDescribes) {
            fields = fields.withDescription(fromAdapter.description());
        }
        fields = fields.orElse(metadata.read(page, scan, fields.title()));
        if (fields.location() == null) {
            fields = fields.orElse(LocationHints.read(scan));
        }
        RemovedNodes chrome = null;
        if (fields.description().isEmpty()) {
            MainContent.Content content = MainContent.readStripping(scan);
            chrome = content.chrome();
            if (content.linkShare() > MAX_LINK_SHARE) {
                throw new PostingParseException(source, "no job posting found in the page: it is a list of links"
                        + " (search results or a job board's list?); save the page of one job");
            }
            fields = fields.withDescription(content.blocks());
        }
        fields = fields.withDescription(withoutLeadingTitle(fields.description(), fields.title()));
        if (fields.url() == null) {
            fields = fields.withUrl(pageUrl);
        }
        fields = fields.withExpired(fields.expired() || expiredNotice);

        // Only whether there are enough words matters, and how many when there are not.
        int words = fields.descriptionWordCount(MIN_DESCRIPTION_WORDS);
        if (words < MIN_DESCRIPTION_WORDS) {
            if (chrome != null) {
                // Notices and sign-in prompts are chrome: the reason is read from the whole page, put back.
                chrome.restore();
            }
            String notAPosting = notAPostingReason(scan, fields.expired());
            throw new PostingParseException(source, notAPosting != null ? notAPosting
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

    /** The page's own address as it names it; a saved page's base URI is the file, not the posting. */
    private static @Nullable String pageUrl(Document page, PageScan scan) {
        Element canonical = Pages.firstMatching(scan.links(), CANONICAL);
        if (canonical != null && PostingUrls.normalise(canonical.attr("href")) != null) {
            return canonical.attr("href");
        }
        return Pages.meta(scan, "og:url");
    }

    /**
     * Generic pages repeat the title (and the company) as the first line of their text; boards append a call to
     * action ("Apply now and work remotely at Acme") as the last line, even inside the JSON-LD description.
     */
    private static List<TextBlock> withoutLeadingTitle(List<TextBlock> blocks, @Nullable String title) {
        List<TextBlock> kept = new ArrayList<>(blocks);
        while (!kept.isEmpty() && title != null && kept.get(0).text().equalsIgnoreCase(title)) {
            kept.remove(0);
        }
        while (!kept.isEmpty()) {
            TextBlock last = kept.get(kept.size() - 1);
            String text = (mayCallToAction(last.text()) ? CALL_TO_ACTION.matcher(last.text()).replaceFirst("") : last.text())
                    .strip();
            if (text.equals(last.text())) {
                break;
            }
            kept.remove(kept.size() - 1);
            if (!text.isEmpty()) {
                kept.add(new TextBlock(last.kind(), text, last.emphasized()));
                break;
            }
        }
        return kept;
    }

    /**
     * False only when {@link #CALL_TO_ACTION} cannot match: it ignores ASCII case only, so whatever it matches, the
     * text lower-cased holds one of its phrases.
     */
    private static boolean mayCallToAction(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String words : CALL_TO_ACTION_WORDS) {
            if (lower.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** Why a page with too little description is no posting, when the whole (unstripped) page tells; else null. */
    private static @Nullable String notAPostingReason(PageScan scan, boolean expired) {
        if (expired) {
            return "the posting has expired and the page no longer shows its description";
        }
        if (looksLikeSignInWall(scan)) {
            return "no job posting found in the page (sign-in wall?)";
        }
        if (isScriptDrawn(scan)) {
            return "no job posting found in the page: its text is drawn by scripts that did not run when it was saved"
                    + " (save it from the browser once it has loaded, or save the job's API payload)";
        }
        return null;
    }

    /** Scripts outweigh the page's text many times over: a page drawn in the browser, saved as its bare shell. */
    private static boolean isScriptDrawn(PageScan scan) {
        long script = 0;
        for (Element element : scan.scripts()) {
            script += element.data().length();
        }
        long text = scan.bodyText().length();
        return script > SCRIPT_TO_TEXT * Math.max(text, 1);
    }

    private static boolean looksLikeSignInWall(PageScan scan) {
        if (Pages.firstMatching(scan.inputs(), PASSWORD) != null) {
            return true;
        }
        String text = scan.bodyText().toLowerCase(Locale.ROOT);
        for (String words : SIGN_IN_WORDS) {
            if (text.contains(words)) {
                return true;
            }
        }
        return false;
    }
}
