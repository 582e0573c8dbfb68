package dev.tailor.fetch;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL the careful way: checks the URL and every redirect hop before connecting, waits between
 * requests to a host, retries 429, 5xx and broken connections with back-off a bounded number of times, sends
 * the validators of the saved version, and accepts only a 2xx body of a saved kind within the cap.
 */
final class PageFetcher {
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HostPacer pacer;
    private final HttpTransport transport;
    private final RetryDelays delays;
    private final Sleeper sleeper;

    PageFetcher(FetchSettings settings, Clock clock, Sleeper sleeper, HostResolver resolver) {
        this.settings = settings;
        this.guard = new AddressGuard(resolver, settings.allowPrivateAddresses());
        this.pacer = new HostPacer(clock, sleeper, settings.hostDelay());
        this.transport = new HttpTransport(settings.userAgent(), (int) settings.timeout().toMillis());
        this.delays = new RetryDelays(clock, settings.firstBackoff(), settings.maxBackoff());
        this.sleeper = sleeper;
    }

    /**
     * Fetches {@code url}.
     *
     * @param previous the validators of the saved version, or null to fetch unconditionally
     * @param cap      the most bytes of body accepted
     * @throws FetchRefusedException when nothing may be saved; its reason says why
     */
    Download fetch(String url, @Nullable Validators previous, long cap)
            throws FetchRefusedException, InterruptedException {
        return fetch(url, previous, cap, settings.maxAttempts());
    }

    /** As {@link #fetch(String, Validators, long)}, with at most {@code attempts} tries per hop. */
    Download fetch(String url, @Nullable Validators previous, long cap, int attempts)
            throws FetchRefusedException, InterruptedException {
        URI current = guard.check(url);
        for (int hops = 0; ; hops++) {
            Map<String, String> headers = new HashMap<>();
            // the validators belong to the URL that answered last time, so they go only to that one
            if (previous != null && previous.url().equals(current.toString())) {
                if (previous.etag() != null) {
                    headers.put("If-None-Match", previous.etag());
                }
                if (previous.lastModified() != null) {
                    headers.put("If-Modified-Since", previous.lastModified());
                }
            }
            HttpReply reply = withRetries(current, headers, cap, attempts);
            if (reply.isRedirect()) {
                if (hops >= settings.maxRedirects()) {
                    throw new FetchRefusedException("too many redirects (more than " + settings.maxRedirects() + ")");
                }
                current = redirectTarget(current, reply);
                continue;
            }
            Validators validators = new Validators(current.toString(), reply.header("etag"),
                    reply.header("last-modified"));
            if (reply.status() == 304) {
                if (headers.isEmpty()) {
                    throw new FetchRefusedException("HTTP 304 to a request that was not conditional");
                }
                return Download.notModified(previous);
            }
            return accept(current, reply, validators, cap);
        }
    }

    private URI redirectTarget(URI from, HttpReply reply) throws FetchRefusedException {
        String location = reply.header("location");
        if (location == null || location.isBlank()) {
            throw new FetchRefusedException(reply.statusLine() + " redirect without a Location");
        }
        String target;
        try {
            target = from.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefusedException("redirect to an invalid URL '" + location.strip() + "'");
        }
        try {
            return guard.check(target);
        } catch (FetchRefusedException e) {
            throw new FetchRefusedException("redirect to " + target + " refused: " + e.reason(), e);
        }
    }

    private Download accept(URI uri, HttpReply reply, Validators validators, long cap) throws FetchRefusedException {
        if (reply.status() < 200 || reply.status() > 299) {
            throw new FetchRefusedException(reply.isRetryable()
                    ? reply.statusLine() + " after " + settings.maxAttempts() + " attempts"
                    : reply.statusLine());
        }
        String contentType = reply.header("content-type");
        ContentKind kind = ContentKind.of(contentType);
        if (kind == null) {
            throw new FetchRefusedException(contentType == null
                    ? "no content type given (tailor saves text/html, application/json and text/plain)"
                    : "content type " + contentType.split(";", 2)[0].strip()
                    + " is not a posting (tailor saves text/html, application/json and text/plain)");
        }
        if (reply.tooLarge()) {
            throw new FetchRefusedException("too large (over " + Sizes.describe(cap) + ")");
        }
        if (reply.body() == null || reply.body().length == 0) {
            throw new FetchRefusedException("empty answer (" + reply.statusLine() + ")");
        }
        return new Download(uri.toString(), false, kind, reply.body(), validators, ContentKind.charset(contentType));
    }

    private HttpReply withRetries(URI uri, Map<String, String> headers, long cap, int attempts)
            throws FetchRefusedException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            pacer.await(uri.getHost());
            HttpReply reply;
            try {
                reply = transport.get(uri, headers, cap);
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new FetchRefusedException(describe(e) + " (after " + attempt + (attempt == 1 ? " attempt)" : " attempts)"), e);
                }
                sleeper.sleep(delays.backoff(attempt));
                continue;
            }
            if (!reply.isRetryable() || attempt >= attempts) {
                return reply;
            }
            Duration asked = delays.retryAfter(reply.header("retry-after"));
            if (asked != null && asked.compareTo(delays.max()) > 0) {
                throw new FetchRefusedException(reply.statusLine() + ": the server asks to wait "
                        + asked.toSeconds() + " s, more than the " + delays.max().toSeconds() + " s tailor waits");
            }
            sleeper.sleep(asked != null ? asked : delays.backoff(attempt));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof SocketTimeoutException || e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "host not found";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return "network error: " + (message == null ? e.getClass().getSimpleName() : message);
    }
}
