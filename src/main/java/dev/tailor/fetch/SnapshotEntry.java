package dev.tailor.fetch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the sidecar remembers about one fetched URL.
 *
 * @param files        the snapshot files it produced (one for a page, one per job for a board listing)
 * @param finalUrl     the URL that answered, after redirects
 * @param etag         its ETag, or null
 * @param lastModified its Last-Modified, or null
 * @param fetchedAt    when it was last fetched, ISO-8601
 */
record SnapshotEntry(List<String> files, String finalUrl, @Nullable String etag, @Nullable String lastModified,
        String fetchedAt) {

    SnapshotEntry {
        files = List.copyOf(files);
    }
}
