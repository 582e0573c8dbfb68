package dev.tailor.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether a URL may be requested: http or https only, and, unless allowed, no host that resolves to a
 * loopback, private, link-local, unique-local or otherwise non-public address. Checked for the first URL and
 * again for every redirect hop, before connecting, so a public page cannot send tailor into the local network
 * (a router's admin page, a cloud metadata service at 169.254.169.254).
 *
 * <p>Every address of the host is checked, not just the first: the connection may use any of them.
 * Not covered: a DNS answer that changes between this check and the connection (DNS rebinding).
 */
final class AddressGuard {
    private final HostResolver resolver;
    private final boolean allowPrivate;

    AddressGuard(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /** The URL as a URI once it has passed every check. */
    URI check(String url) throws FetchRefusedException {
        URI uri = parse(url);
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchRefusedException("host '" + host + "' not found");
        }
        if (addresses.length == 0) {
            throw new FetchRefusedException("host '" + host + "' not found");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isNonPublic(address)) {
                    throw new FetchRefusedException("'" + host + "' is a private or local address ("
                            + address.getHostAddress() + "); set allow-private-addresses: true in the job file "
                            + "(or --allow-private-addresses) to fetch it");
                }
            }
        }
        return uri;
    }

    /** Checks the form of a URL only: a scheme of http or https, a host, no user name or password. */
    static URI parse(String url) throws FetchRefusedException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchRefusedException("not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException(scheme.isEmpty()
                    ? "not a URL: only http:// and https:// addresses are fetched"
                    : "only http and https URLs are fetched, not " + scheme + ":");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchRefusedException("URL has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            // credentials in a URL end up in logs and in the sidecar file; a public posting never needs them
            throw new FetchRefusedException("URLs with a user name or password are not fetched");
        }
        return uri;
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether an address is anything but a public unicast address. */
    static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isNonPublicV4(b, 0);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique-local
            }
            if (isZero(b, 0, 10) && (isZero(b, 10, 2) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
                return isNonPublicV4(b, 12); // IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && isZero(b, 4, 8)) {
                return isNonPublicV4(b, 12); // NAT64 64:ff9b::/96 reaches the embedded IPv4 address
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return isNonPublicV4(b, 2); // 6to4 2002::/16 embeds an IPv4 address
            }
        }
        return false;
    }

    private static boolean isNonPublicV4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        int a2 = b[at + 2] & 0xff;
        return a0 == 0                                  // "this network"
                || a0 == 10 || a0 == 127
                || (a0 == 100 && (a1 & 0xc0) == 64)      // 100.64.0.0/10 carrier-grade NAT
                || (a0 == 169 && a1 == 254)
                || (a0 == 172 && (a1 & 0xf0) == 16)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && a2 == 0)     // IETF protocol assignments
                || (a0 == 198 && (a1 & 0xfe) == 18)      // benchmarking
                || a0 >= 224;                            // multicast, reserved, broadcast
    }

    private static boolean isZero(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
