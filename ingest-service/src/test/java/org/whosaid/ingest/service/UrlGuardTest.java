package org.whosaid.ingest.service;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The SSRF guard at resolution level: names resolve through a fake resolver, nothing is sent anywhere. */
class UrlGuardTest {

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s); // literal addresses only: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static final Map<String, String> DNS = Map.ofEntries(
            Map.entry("public.example", "93.184.215.14"),
            Map.entry("loop.example", "127.0.0.1"),
            Map.entry("intranet.example", "10.1.2.3"),
            Map.entry("router.example", "192.168.0.1"),
            Map.entry("docker.example", "172.17.0.1"),
            Map.entry("metadata.example", "169.254.169.254"),
            Map.entry("cgnat.example", "100.64.1.1"),
            Map.entry("mcast.example", "224.0.0.1"),
            Map.entry("zero.example", "0.0.0.0"),
            Map.entry("v6loop.example", "::1"),
            Map.entry("v6ula.example", "fd00:ec2::254"),
            Map.entry("v6ll.example", "fe80::1"),
            Map.entry("v6mapped.example", "::ffff:7f00:1"),
            Map.entry("v6compat.example", "::a00:1"),
            Map.entry("nat64.example", "64:ff9b::a9fe:a9fe"),
            Map.entry("sixtofour.example", "2002:c0a8:0101::1"),
            Map.entry("v6public.example", "2a00:1450:4001:80b::200e"));

    final UrlGuard guard = new UrlGuard(host -> {
        String a = DNS.get(host);
        if (a == null) {
            if (host.matches("[0-9.]+|.*:.*")) {
                return new InetAddress[]{ip(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{ip(a)};
    }, false);

    private String refusal(String url) {
        ApiException e = assertThrows(ApiException.class, () -> guard.check(URI.create(url)), url);
        assertEquals(400, e.status());
        return e.detail();
    }

    @Test
    void publicAddressesPass() {
        assertEquals(1, guard.check(URI.create("https://public.example/a")).length);
        assertEquals(1, guard.check(URI.create("http://v6public.example/")).length);
    }

    @Test
    void refusedWithReason() {
        assertEquals("address 127.0.0.1 is loopback", refusal("http://127.0.0.1/"));
        assertTrue(refusal("http://loop.example/").startsWith("address 127.0.0.1 is loopback"));
        assertTrue(refusal("http://intranet.example/").contains("is private"));
        assertTrue(refusal("http://router.example/").contains("is private"));
        assertTrue(refusal("http://docker.example/").contains("is private"));
        assertTrue(refusal("http://metadata.example/latest/meta-data").contains("cloud metadata"));
        assertTrue(refusal("http://cgnat.example/").contains("shared address space"));
        assertTrue(refusal("http://mcast.example/").contains("multicast"));
        assertTrue(refusal("http://zero.example/").contains("unspecified"));
        assertTrue(refusal("http://v6loop.example/").contains("loopback"));
        assertTrue(refusal("http://[::1]:8080/").contains("loopback"));
        assertTrue(refusal("http://v6ula.example/").contains("unique local"));
        assertTrue(refusal("http://v6ll.example/").contains("link-local"));
        assertTrue(refusal("http://v6mapped.example/").contains("loopback"));
        assertTrue(refusal("http://v6compat.example/").contains("private"));
        assertTrue(refusal("http://nat64.example/").contains("cloud metadata"));
        assertTrue(refusal("http://sixtofour.example/").contains("private"));
        assertTrue(refusal("ftp://public.example/").contains("scheme"));
        assertTrue(refusal("file:///etc/passwd").contains("scheme"));
        assertTrue(refusal("http://user:pw@public.example/").contains("user information"));
        assertTrue(refusal("http://nowhere.example/").contains("does not resolve"));
    }

    @Test
    void loopbackOnlyWithTheTestFlag() {
        UrlGuard testGuard = new UrlGuard(h -> new InetAddress[]{ip(DNS.getOrDefault(h, h))}, true);
        assertEquals(1, testGuard.check(URI.create("http://127.0.0.1:1234/")).length);
        assertThrows(ApiException.class, () -> testGuard.check(URI.create("http://intranet.example/")));
        assertThrows(ApiException.class, () -> testGuard.check(URI.create("http://metadata.example/")));
    }
}
