package dev.tailor.fetch;

import dev.tailor.posting.PostingReader;
import java.time.Duration;

/**
 * How fetching behaves. {@link #defaults()} are what the command line uses; tests shorten the waits.
 *
 * @param userAgent         sent with every request: names tailor and where to reach whoever runs it
 * @param timeout           per request, for connecting and reading the whole body together (jsoup's timeout)
 * @param maxBytes          a posting body over this is skipped as too large; the reader's cap, so nothing saved
 *                          is later refused by the run
 * @param maxListingBytes   the cap for a job board's listing, which holds every job of the board at once
 * @param maxAttempts       tries per request when the server answers 429 or 5xx or the connection fails
 * @param maxRedirects      redirect hops followed before giving up
 * @param hostDelay         the least time between two requests to the same host
 * @param firstBackoff      the wait before the second try; it doubles for each further one
 * @param maxBackoff        the longest wait between tries; a Retry-After asking for more gives up instead
 * @param allowPrivateAddresses whether loopback, private, link-local and unique-local addresses may be fetched
 * @param boards            where the job board APIs are
 */
public record FetchSettings(
        String userAgent,
        Duration timeout,
        long maxBytes,
        long maxListingBytes,
        int maxAttempts,
        int maxRedirects,
        Duration hostDelay,
        Duration firstBackoff,
        Duration maxBackoff,
        boolean allowPrivateAddresses,
        BoardEndpoints boards) {

    /** Names tailor and leaves a placeholder for the contact of whoever runs it, as robots policies ask. */
    public static final String USER_AGENT = "tailor/0.1 (job posting snapshots for one person; "
            + "+https://example.org/tailor-contact)";

    public FetchSettings {
        if (maxBytes <= 0 || maxListingBytes <= 0 || maxAttempts < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("caps and attempts must be positive");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** What the command line uses. */
    public static FetchSettings defaults() {
        return new FetchSettings(USER_AGENT, Duration.ofSeconds(20), PostingReader.DEFAULT_MAX_BYTES,
                32L * 1024 * 1024, 4, 5, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60),
                false, BoardEndpoints.publicApis());
    }

    public FetchSettings withAllowPrivateAddresses(boolean allow) {
        return new FetchSettings(userAgent, timeout, maxBytes, maxListingBytes, maxAttempts, maxRedirects, hostDelay,
                firstBackoff, maxBackoff, allow, boards);
    }

    public FetchSettings withBoards(BoardEndpoints endpoints) {
        return new FetchSettings(userAgent, timeout, maxBytes, maxListingBytes, maxAttempts, maxRedirects, hostDelay,
                firstBackoff, maxBackoff, allowPrivateAddresses, endpoints);
    }
}
