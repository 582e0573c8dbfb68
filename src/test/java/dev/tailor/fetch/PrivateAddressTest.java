package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redirect into the local network is refused before connecting, unless private addresses are allowed. The test
 * server's "localhost" name is made to look public, so a fetch can start there and be redirected inwards.
 */
class PrivateAddressTest {
    @TempDir
    Path folder;
    private final LocalServer server = new LocalServer();
    private final FakeTime time = new FakeTime();

    PrivateAddressTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PostingFetcher guarded(HostResolver resolver) {
        return new PostingFetcher(TestFetch.settings(server).withAllowPrivateAddresses(false), folder, time, time,
                resolver);
    }

    private FetchLine redirectedTo(String target) throws InterruptedException {
        server.redirect("/job", 302, target);
        return guarded(TestFetch.LOCALHOST_IS_PUBLIC).fetchUrl(server.localhostUrl("/job"));
    }

    @Test
    void aRedirectToAPrivateIpv4AddressIsRefusedWithoutConnecting() throws Exception {
        long started = System.nanoTime();

        FetchLine line = redirectedTo("http://10.0.0.1/x");

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SKIPPED);
        assertThat(line.reason()).startsWith("redirect to http://10.0.0.1/x refused: '10.0.0.1' is a private or local address");
        // connecting to 10.0.0.1 would take the whole 2 s timeout (or fail otherwise); refusing takes no time
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRedirectToAUniqueLocalIpv6AddressIsRefused() throws Exception {
        FetchLine line = redirectedTo("http://[fd00::1]/");

        assertThat(line.reason()).contains("'fd00::1' is a private or local address");
    }

    @Test
    void aRedirectToLoopbackIsRefusedAndNeverRequested() throws Exception {
        server.page("/admin", 200, "text/html", "<h1>router admin</h1>");

        FetchLine line = redirectedTo(server.url("/admin"));

        assertThat(line.reason()).contains("'127.0.0.1' is a private or local address");
        assertThat(server.requests("/admin")).isEmpty();
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefused() throws Exception {
        assertThat(redirectedTo("http://169.254.169.254/latest/meta-data/").reason()).contains("169.254.169.254");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() throws Exception {
        server.redirect("/job", 302, "http://intranet.corp.test/wiki");
        HostResolver resolver = host -> host.equals("intranet.corp.test")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3})}
                : TestFetch.LOCALHOST_IS_PUBLIC.resolve(host);

        FetchLine line = guarded(resolver).fetchUrl(server.localhostUrl("/job"));

        assertThat(line.reason()).contains("'intranet.corp.test' is a private or local address (10.1.2.3)");
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() throws Exception {
        HostResolver resolver = host -> new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 7}),
            InetAddress.getByAddress(host, new byte[] {(byte) 192, (byte) 168, 0, 1})};

        FetchLine line = guarded(resolver).fetchUrl("http://jobs.example.test/job");

        assertThat(line.reason()).contains("(192.168.0.1)");
    }

    @Test
    void aPrivateAddressGivenDirectlyIsRefusedUnlessAllowed() throws Exception {
        server.page("/job", 200, "text/html", "<h1>Engineer</h1>");

        FetchLine line = guarded(TestFetch::systemLiteralsOnly).fetchUrl(server.url("/job"));

        assertThat(line.reason()).contains("set allow-private-addresses: true in the job file");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void privateAddressesAreFetchedWhenAllowed() throws Exception {
        server.redirect("/job", 302, server.url("/inside"));
        server.page("/inside", 200, "text/html", "<h1>Engineer</h1>");

        FetchLine line = TestFetch.fetcher(TestFetch.settings(server), folder, time).fetchUrl(server.url("/job"));

        assertThat(line.outcome()).isEqualTo(FetchLine.Outcome.SAVED);
    }
}
