/**
 * Downloading postings from URLs and job boards into snapshots in a postings folder, so every later run
 * works offline and can be reproduced.
 *
 * <p>{@link dev.tailor.fetch.PostingFetcher} is the entry point. Fetching is polite (a user agent, a wait
 * between requests to one host, conditional requests) and careful (http and https only, no private
 * addresses unless allowed, every redirect hop checked, a size cap, bounded retries). Plain Java: no Spring.
 */
@NullMarked
package dev.tailor.fetch;

import org.jspecify.annotations.NullMarked;
