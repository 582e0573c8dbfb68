package dev.tailor.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

/** Settings and fetchers for tests: no politeness wait, short timeouts, a fake clock for back-off. */
final class TestFetch {
    /** Pretends "localhost" is a public host, so a test can start from it and be redirected to private places. */
    static final HostResolver LOCALHOST_IS_PUBLIC = host -> host.equals("localhost")
            ? new InetAddress[] {InetAddress.getByAddress("localhost", new byte[] {(byte) 203, 0, 113, 10})}
            : systemLiteralsOnly(host);

    private TestFetch() {
    }

    /** Three attempts, three redirects, a 2 s timeout, no wait between requests; private addresses allowed. */
    static FetchSettings settings(LocalServer server) {
        return new FetchSettings(FetchSettings.USER_AGENT, Duration.ofSeconds(2), FetchSettings.defaults().maxBytes(),
                FetchSettings.defaults().maxListingBytes(), 3, 3, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(30), true, BoardEndpoints.allAt(server.url("")));
    }

    static PostingFetcher fetcher(FetchSettings settings, Path folder, FakeTime time) {
        return new PostingFetcher(settings, folder, time, time, host -> systemLiteralsOnly(host));
    }

    /** IP literals resolve as usual; any name but localhost is unknown, so no test ever asks real DNS. */
    static InetAddress[] systemLiteralsOnly(String host) throws UnknownHostException {
        if (host.equals("localhost") || host.matches("[0-9.]+") || host.contains(":")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }
}
