package org.whosaid.ingest.service;

import java.net.*;
import java.util.Locale;

/**
 * SSRF guard: only http/https, and every address the host resolves to must be a public unicast address.
 * Refuses loopback, private, carrier-grade NAT, link-local (cloud metadata 169.254.169.254), multicast,
 * unspecified, reserved and documentation ranges, IPv4 and IPv6, including IPv4-mapped/compatible, NAT64 and
 * 6to4 forms. Name resolution is injectable so the guard is tested without network traffic.
 */
public class UrlGuard {

    /** Resolves a host name to addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final boolean allowLoopback;

    public UrlGuard(Resolver resolver, boolean allowLoopback) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
    }

    /** Checks the URL and returns the resolved addresses; throws {@link ApiException} 400 saying why when refused. */
    public InetAddress[] check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("scheme \"" + scheme + "\" is not allowed (only http and https)");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("URLs with user information are not allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw refused(numericAuthority(uri) ? ambiguous(authorityHost(uri)) : "the URL has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (ambiguousIpv4(host)) {
            throw refused(ambiguous(host));
        }
        InetAddress[] addrs;
        try {
            addrs = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("host " + host + " does not resolve");
        }
        if (addrs == null || addrs.length == 0) {
            throw refused("host " + host + " does not resolve");
        }
        for (InetAddress a : addrs) {
            String why = classify(a);
            if (why != null && !(allowLoopback && why.equals("loopback"))) {
                throw refused("address " + a.getHostAddress() + " is " + why
                        + (host.equals(a.getHostAddress()) ? "" : " (resolved from " + host + ")"));
            }
        }
        return addrs;
    }

    static String ambiguous(String host) {
        return "host " + host + " is a numeric address in a form other than four decimal numbers 0-255 without"
                + " leading zeros (octal, hex, shortened or padded forms are read differently by different programs)";
    }

    /** The host part of the authority when java.net.URI found no host in it (it does so for 0x7f.0.0.1). */
    static String authorityHost(URI uri) {
        String a = uri.getRawAuthority();
        if (a == null) {
            return "";
        }
        a = a.substring(a.lastIndexOf('@') + 1);
        int colon = a.lastIndexOf(':');
        return colon >= 0 && !a.contains("]") ? a.substring(0, colon) : a;
    }

    /** True when the URL's authority is a numeric host in an ambiguous form (see {@link #ambiguousIpv4}). */
    static boolean numericAuthority(URI uri) {
        String h = authorityHost(uri);
        return !h.isEmpty() && ambiguousIpv4(h);
    }

    /**
     * A host made only of numeric labels (decimal, or hex with 0x) that is not the plain dotted quad: 0177.0.0.1,
     * 0x7f.1, 2130706433, 127.1, 1.2.3.4. (trailing dot). Such hosts are refused before any resolution.
     */
    static boolean ambiguousIpv4(String host) {
        String[] labels = host.split("\\.", -1);
        for (String l : labels) {
            if (!l.matches("[0-9]+|0[xX][0-9a-fA-F]*")) {
                // a name label (or an empty one, e.g. a trailing dot): ambiguous only if every other label is numeric
                if (l.isEmpty() && labels.length > 1) {
                    continue;
                }
                return false;
            }
        }
        if (labels.length != 4) {
            return true;
        }
        for (String l : labels) {
            if (l.isEmpty() || (l.length() > 1 && l.startsWith("0")) || l.length() > 3 || Integer.parseInt(l) > 255) {
                return true;
            }
        }
        return false;
    }

    private static ApiException refused(String why) {
        return new ApiException(400, "url-refused", why);
    }

    /** Why an address is not a public unicast address, or null when it is. */
    public static String classify(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96
            boolean zero10 = true;
            for (int i = 0; i < 10; i++) {
                zero10 &= b[i] == 0;
            }
            if (zero10 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0 && !allZero(b, 12, 16) && !isV6Loopback(b)))) {
                String w = classify4(new byte[]{b[12], b[13], b[14], b[15]});
                return w == null ? null : w + " (IPv4 inside IPv6)";
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                String w = classify4(new byte[]{b[12], b[13], b[14], b[15]});
                return w == null ? null : w + " (NAT64)";
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                String w = classify4(new byte[]{b[2], b[3], b[4], b[5]});
                return w == null ? null : w + " (6to4)";
            }
            if (allZero(b, 0, 16)) {
                return "unspecified";
            }
            if (isV6Loopback(b)) {
                return "loopback";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
                return "link-local";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if ((b[0] & 0xff) == 0xff) {
                return "multicast";
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return "reserved for documentation";
            }
            if ((b[0] & 0xff) == 0x01 && allZero(b, 1, 8)) {
                return "reserved (discard prefix)";
            }
            return null;
        }
        return classify4(b);
    }

    private static String classify4(byte[] b) {
        int o0 = b[0] & 0xff, o1 = b[1] & 0xff, o2 = b[2] & 0xff, o3 = b[3] & 0xff;
        if (o0 == 127) {
            return "loopback";
        }
        if (o0 == 0) {
            return "unspecified";
        }
        if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168)) {
            return "private";
        }
        if (o0 == 169 && o1 == 254) {
            return o2 == 169 && o3 == 254 ? "link-local (cloud metadata)" : "link-local";
        }
        if (o0 == 100 && o1 >= 64 && o1 <= 127) {
            return o1 == 100 && o2 == 100 && o3 == 200 ? "shared address space (cloud metadata)" : "shared address space (carrier-grade NAT)";
        }
        if (o0 >= 224 && o0 <= 239) {
            return "multicast";
        }
        if (o0 >= 240) {
            return o0 == 255 && o1 == 255 && o2 == 255 && o3 == 255 ? "broadcast" : "reserved";
        }
        if (o0 == 192 && o1 == 0 && o2 == 0) {
            return "reserved (IETF protocol assignments)";
        }
        if ((o0 == 192 && o1 == 0 && o2 == 2) || (o0 == 198 && o1 == 51 && o2 == 100) || (o0 == 203 && o1 == 0 && o2 == 113)) {
            return "reserved for documentation";
        }
        if (o0 == 198 && (o1 == 18 || o1 == 19)) {
            return "reserved for benchmarking";
        }
        return null;
    }

    private static boolean isV6Loopback(byte[] b) {
        return allZero(b, 0, 15) && b[15] == 1;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
