package dev.tailor.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What the server said identifies the version tailor saved, for a conditional request next time.
 *
 * @param url          the URL that answered (after redirects): the validators belong to it
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
record Validators(String url, @Nullable String etag, @Nullable String lastModified) {

    boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
