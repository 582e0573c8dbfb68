package dev.tailor.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Makes exactly one HTTP GET with jsoup: no redirects followed (the caller checks every hop), HTTP errors
 * returned rather than thrown, and the body read only when it will be saved, up to a cap.
 */
final class HttpTransport {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8";
    private static final int BUFFER = 16 * 1024;

    private static final ScheduledExecutorService WATCHDOG =
            Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "tailor-fetch-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    private final String userAgent;
    private final int timeoutMillis;

    HttpTransport(String userAgent, int timeoutMillis) {
        this.userAgent = userAgent;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends one GET.
     *
     * @param headers extra request headers (conditional request validators)
     * @param cap     the most body bytes to keep; a longer body is reported as too large, never truncated
     */
    HttpReply get(URI uri, Map<String, String> headers, long cap) throws IOException {
        Connection connection = Jsoup.connect(uri.toString())
                .method(Connection.Method.GET)
                .userAgent(userAgent)
                .header("Accept", ACCEPT)
                .timeout(timeoutMillis)
                .followRedirects(false)
                .ignoreHttpErrors(true)
                .ignoreContentType(true)
                // jsoup silently truncates at maxBodySize: one byte over the cap lets us see that it was exceeded
                .maxBodySize(cap >= Integer.MAX_VALUE ? 0 : (int) cap + 1);
        headers.forEach(connection::header);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Connection.Response response = connection.execute();
        Map<String, String> replyHeaders = new HashMap<>();
        response.headers().forEach((name, value) -> replyHeaders.put(name.toLowerCase(Locale.ROOT), value));
        int status = response.statusCode();
        String reason = response.statusMessage() == null ? "" : response.statusMessage();
        try (InputStream body = response.bodyStream()) {
            if (status < 200 || status > 299 || ContentKind.of(response.contentType()) == null) {
                return new HttpReply(status, reason, replyHeaders, null, false);
            }
            if (declaredLength(replyHeaders) > cap) {
                return new HttpReply(status, reason, replyHeaders, null, true);
            }
            byte[] bytes = readBefore(body, cap + 1, deadline);
            if (bytes.length > cap) {
                return new HttpReply(status, reason, replyHeaders, null, true);
            }
            return new HttpReply(status, reason, replyHeaders, bytes, false);
        }
    }

    private static long declaredLength(Map<String, String> headers) {
        String value = headers.get("content-length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads the body up to {@code limit} bytes, giving up at the deadline. jsoup's default (java.net.http)
     * executor applies its timeout only until the headers arrive, and checks its deadline only between reads:
     * a server that stalls mid-body would block a read for ever. Closing the stream from a watchdog ends it.
     */
    private static byte[] readBefore(InputStream in, long limit, long deadline) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader will fail either way
            }
        }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try {
            return readAtMost(in, limit);
        } catch (IOException e) {
            if (expired.get()) {
                throw new SocketTimeoutException("body not complete within the timeout");
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) != -1) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }
}
