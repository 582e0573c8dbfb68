package dev.tailor.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Asks each site's robots.txt, once per run, whether tailor may fetch a page. A robots.txt that is missing,
 * refused or unreachable sets no rules (RFC 9309 treats a missing one so; an unreachable one would fail the page
 * too). Used for the posting URLs a person lists, which tailor fetches unattended every night; not for the job
 * boards' APIs, which exist to be read by programs.
 */
final class RobotsPolicy {
    /** Robots files are small; Google reads the first 500 KiB. */
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;
    private static final String AGENT = "tailor";

    private final PageFetcher pages;
    private final Map<String, RobotsRules> byOrigin = new HashMap<>();

    RobotsPolicy(PageFetcher pages) {
        this.pages = pages;
    }

    /** Whether robots.txt lets tailor fetch the URL. */
    boolean allows(URI uri) throws InterruptedException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        RobotsRules rules = byOrigin.get(origin);
        if (rules == null) {
            rules = load(origin);
            byOrigin.put(origin, rules);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return rules.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    private RobotsRules load(String origin) throws InterruptedException {
        try {
            // one attempt: a site that does not answer will fail the page's own fetch, with its retries
            Download robots = pages.fetch(origin + "/robots.txt", null, MAX_ROBOTS_BYTES, 1);
            if (robots.body() == null || robots.kind() != ContentKind.TEXT) {
                return RobotsRules.ALLOW_ALL; // an HTML "not found" page served with 200 is no robots.txt
            }
            return RobotsRules.parse(new String(robots.body(), StandardCharsets.UTF_8), AGENT);
        } catch (FetchRefusedException e) {
            return RobotsRules.ALLOW_ALL;
        }
    }
}
