package dev.tailor.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; injected so tests can give a name a private address without DNS. */
@FunctionalInterface
public interface HostResolver {
    /** The system's resolver: what the connection itself will use. */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
