package dev.tailor.fetch;

import org.jspecify.annotations.Nullable;

/**
 * A successful fetch: either a new body, or the server's word that the saved version is still current.
 *
 * @param finalUrl    the URL that answered, after redirects
 * @param notModified whether the server answered 304 to a conditional request (then there is no body)
 * @param kind        what the body is; null when not modified
 * @param body        the body, within the cap; null when not modified
 * @param validators  the validators for next time
 * @param charset     the charset the Content-Type header names, or null
 */
record Download(String finalUrl, boolean notModified, @Nullable ContentKind kind, byte @Nullable [] body,
        Validators validators, @Nullable String charset) {

    static Download notModified(Validators validators) {
        return new Download(validators.url(), true, null, null, validators, null);
    }
}
