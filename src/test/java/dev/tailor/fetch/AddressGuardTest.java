package dev.tailor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only http and https, and which addresses count as private. */
class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:///etc/passwd | only http and https URLs are fetched, not file:",
        "javascript:alert(1) | only http and https URLs are fetched, not javascript:",
        "ftp://example.com/job.html | only http and https URLs are fetched, not ftp:",
        "jobs.example.com/backend | not a URL: only http:// and https:// addresses are fetched",
        "http:///nohost | URL has no host name",
        "https://user:secret@example.com/job | URLs with a user name or password are not fetched",
        "http://exa mple.com/ | not a valid URL (Illegal character in authority)"})
    void refusesWhatIsNotAPlainWebAddress(String url, String reason) {
        assertThatThrownBy(() -> AddressGuard.parse(url))
                .isInstanceOf(FetchRefusedException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
        "fd00::1", "fc00::5", "fec0::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1"})
    void countsLocalAndPrivateAddressesAsNonPublic(String address) throws Exception {
        assertThat(AddressGuard.isNonPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "2a00:1450:4001::200e", "2002:808:808::1"})
    void countsPublicAddressesAsPublic(String address) throws Exception {
        assertThat(AddressGuard.isNonPublic(InetAddress.getByName(address))).isFalse();
    }
}
