package org.whosaid.ingest.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;

/** Content hash, URL identity, SimHash and shingle similarity for duplicate detection. */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** SHA-256 of the body with whitespace collapsed. */
    public static String contentHash(String body) {
        return sha256(body.strip().replaceAll("\\s+", " "));
    }

    public static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash. */
    public static String normalizeUrl(String url) {
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery();
            if (query != null) {
                List<String> kept = new ArrayList<>();
                for (String p : query.split("&")) {
                    String k = p.split("=")[0].toLowerCase(Locale.ROOT);
                    if (!k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid") && !p.isEmpty()) {
                        kept.add(p);
                    }
                }
                Collections.sort(kept);
                query = kept.isEmpty() ? null : String.join("&", kept);
            }
            return scheme + "://" + host + (port > 0 ? ":" + port : "") + path + (query == null ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad-url", "the URL is not valid: " + e.getMessage());
        }
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public static Set<String> shingles(String text, int k) {
        List<String> w = words(text);
        Set<String> s = new HashSet<>();
        for (int i = 0; i + k <= w.size(); i++) {
            s.add(String.join(" ", w.subList(i, i + k)));
        }
        if (s.isEmpty() && !w.isEmpty()) {
            s.add(String.join(" ", w));
        }
        return s;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    /** 64-bit SimHash over word 3-shingles. */
    public static long simhash(String text) {
        int[] v = new int[64];
        for (String sh : shingles(text, 3)) {
            long h = hash64(sh);
            for (int i = 0; i < 64; i++) {
                v[i] += ((h >>> i) & 1) == 1 ? 1 : -1;
            }
        }
        long out = 0;
        for (int i = 0; i < 64; i++) {
            if (v[i] > 0) {
                out |= 1L << i;
            }
        }
        return out;
    }

    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
