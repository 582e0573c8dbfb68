package dev.tailor.posting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Normalises posting addresses so that the same posting saved twice, or reached through two links, has one
 * address: https, lower-case host without "www.", no default port, no fragment, no tracking parameters, no
 * trailing slash, the remaining query parameters sorted.
 */
public final class PostingUrls {
    /** Parameters that say how a visitor arrived, never which posting it is. */
    private static final Set<String> TRACKING = Set.of(
            "gclid", "fbclid", "msclkid", "dclid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "ref", "refid",
            "referrer", "trk", "trkinfo", "trackingid", "src", "source", "gh_src", "gh_jid_src", "lever-source",
            "lever-origin", "lever-via");

    private PostingUrls() {
    }

    /** The normalised form of an http(s) address, or null when the text is not one. */
    public static @Nullable String normalise(@Nullable String url) {
        String text = TextNormalizer.blankToNull(url);
        if (text == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring("www.".length());
        }
        StringBuilder out = new StringBuilder("https://").append(host);
        if (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        List<String> kept = keptParameters(uri.getRawQuery());
        if (!kept.isEmpty()) {
            out.append('?').append(String.join("&", kept));
        }
        return out.toString();
    }

    private static List<String> keptParameters(@Nullable String query) {
        List<String> kept = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return kept;
        }
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        kept.sort(null);
        return kept;
    }
}
