package org.whosaid.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.ingest.config.IngestConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches a page behind the SSRF guard: redirects are followed here (each target checked again), with
 * connect/read timeouts, a size limit and a content-type check.
 */
@ApplicationScoped
public class PageFetcher {

    /** A fetched resource. */
    public record Fetched(String finalUrl, String contentType, String body) {
    }

    public static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/xml",
            "text/xml", "application/rdf+xml", "application/feed+json");

    @Inject
    IngestConfig config;

    private volatile UrlGuard.Resolver resolver = InetAddress::getAllByName;
    private volatile HttpClient client;

    /** Tests may swap name resolution. */
    public void setResolver(UrlGuard.Resolver resolver) {
        this.resolver = resolver;
    }

    public UrlGuard guard() {
        return new UrlGuard(resolver, config.fetch().allowLoopbackForTests());
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(config.fetch().connectTimeout())
                    .build();
        }
        return client;
    }

    public Fetched fetch(String url, Set<String> acceptedTypes) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad-url", "the URL is not valid: " + e.getMessage());
        }
        UrlGuard guard = guard();
        for (int hop = 0; hop <= config.fetch().maxRedirects(); hop++) {
            guard.check(uri);
            HttpRequest req = HttpRequest.newBuilder(uri)
                    .timeout(config.fetch().readTimeout())
                    .header("User-Agent", config.fetch().userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
                    .GET().build();
            HttpResponse<InputStream> resp;
            try {
                resp = client().send(req, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new ApiException(502, "fetch-failed", "could not fetch " + uri + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(502, "fetch-failed", "interrupted");
            }
            int status = resp.statusCode();
            if (status >= 300 && status < 400) {
                close(resp);
                String loc = resp.headers().firstValue("Location").orElseThrow(
                        () -> new ApiException(502, "fetch-failed", "redirect without Location from " + url));
                uri = uri.resolve(loc);
                continue;
            }
            if (status < 200 || status >= 300) {
                close(resp);
                throw new ApiException(502, "fetch-failed", uri + " answered HTTP " + status);
            }
            String ct = resp.headers().firstValue("Content-Type").orElse("");
            String mime = ct.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!acceptedTypes.contains(mime)) {
                close(resp);
                throw new ApiException(415, "unsupported-content-type", uri + " has content type \"" + mime + "\"; accepted: " + acceptedTypes);
            }
            long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
            long max = config.fetch().maxBytes();
            if (declared > max) {
                close(resp);
                throw new ApiException(413, "too-large", uri + " is " + declared + " bytes; the limit is " + max);
            }
            byte[] bytes = readLimited(resp.body(), max, uri);
            return new Fetched(uri.toString(), mime, new String(bytes, charset(ct)));
        }
        throw new ApiException(502, "too-many-redirects", "more than " + config.fetch().maxRedirects() + " redirects from " + url);
    }

    private static byte[] readLimited(InputStream in, long max, URI uri) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            long total = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                total += r;
                if (total > max) {
                    throw new ApiException(413, "too-large", uri + " is larger than the limit of " + max + " bytes");
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(502, "fetch-failed", "reading " + uri + " failed: " + e.getMessage());
        }
    }

    private static Charset charset(String ct) {
        for (String p : ct.split(";")) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(t.substring(8).replace("\"", "").strip());
                } catch (Exception e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void close(HttpResponse<InputStream> resp) {
        try {
            resp.body().close();
        } catch (IOException e) {
            // ignore
        }
    }
}
