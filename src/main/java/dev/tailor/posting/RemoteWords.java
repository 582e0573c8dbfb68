package dev.tailor.posting;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Reads a remote-work policy from the words of a location, a title, a header value or a workplace type. */
final class RemoteWords {
    private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b");
    private static final Pattern ON_SITE = Pattern.compile(
            "\\b(?:on[- ]?site|in[- ]office|office[- ]based|in[- ]person|vor ort|no remote|not remote)\\b");
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(?:remote|fully remote|work from home|wfh|telecommute|anywhere)\\b");
    private static final Pattern YES = Pattern.compile("^(?:yes|y|true|remote|fully remote)$");
    private static final Pattern NO = Pattern.compile("^(?:no|n|false|on[- ]?site|onsite|office)$");

    private RemoteWords() {
    }

    /** The policy the words name, or null when they name none; "hybrid" wins over "remote". */
    static @Nullable Remote in(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (HYBRID.matcher(lower).find()) {
            return Remote.HYBRID;
        }
        if (ON_SITE.matcher(lower).find()) {
            return Remote.NO;
        }
        if (REMOTE.matcher(lower).find()) {
            return Remote.YES;
        }
        return null;
    }

    /** A header value such as "yes", "no", "hybrid", "remote" or "on-site"; null when it is none of them. */
    static @Nullable Remote value(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String lower = TextNormalizer.inline(value).toLowerCase(Locale.ROOT);
        if (YES.matcher(lower).matches()) {
            return Remote.YES;
        }
        if (NO.matcher(lower).matches()) {
            return Remote.NO;
        }
        return in(lower);
    }

    /** The first policy named by any of the texts, in order. */
    static @Nullable Remote firstIn(@Nullable String... texts) {
        for (String text : texts) {
            Remote remote = in(text);
            if (remote != null) {
                return remote;
            }
        }
        return null;
    }
}
