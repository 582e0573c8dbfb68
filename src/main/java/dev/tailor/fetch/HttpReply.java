package dev.tailor.fetch;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP answer, before redirects and retries are decided.
 *
 * @param status     the status code
 * @param reason     the server's status message, possibly empty
 * @param headers    header values by lower-case name (the first value of each)
 * @param body       the body when it was read: only for a 2xx answer of a saved kind within the cap; else null
 * @param tooLarge   whether the body was over the cap (it was then not kept)
 */
record HttpReply(int status, String reason, Map<String, String> headers, byte[] body, boolean tooLarge) {

    HttpReply {
        headers = Map.copyOf(headers);
    }

    /** A header's value, or null. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Worth another try: the server is busy or broken for now. */
    boolean isRetryable() {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /** "HTTP 503 Service Unavailable": the standard phrase, since servers' own (and HTTP/2's none) vary. */
    String statusLine() {
        String phrase = PHRASES.get(status);
        return "HTTP " + status + (phrase == null ? "" : " " + phrase);
    }

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(204, "No Content"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));
}
