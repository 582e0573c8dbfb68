package dev.tailor.fetch;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP answer, before redirects and retries are decided.
 *
 * @param status     the status code
 * @param reason     the status message, possibly empty
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

    /** "HTTP 503 Service Unavailable" */
    String statusLine() {
        return "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason);
    }
}
