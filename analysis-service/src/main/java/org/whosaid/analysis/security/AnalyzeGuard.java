package org.whosaid.analysis.security;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.whosaid.analysis.config.WhosaidConfig;

import io.vertx.core.http.HttpServerRequest;

/**
 * Anonymous POST /api/analyze (no valid key): a token bucket per client address
 * ({@code whosaid.analysis.anonymous-rate-limit.*}, 429 with Retry-After) and a declared body length of at most
 * twice {@code whosaid.analysis.anonymous-max-text-bytes} plus 64 KiB (413 before the body is read). Runs after
 * {@link AuthFilter}, which marks callers with a key. The address is the TCP peer, or the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on behind a trusted proxy.
 */
@ApplicationScoped
public class AnalyzeGuard {

    private static final class Bucket {
        double tokens;
        long last;
    }

    private final WhosaidConfig config;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AnalyzeGuard(WhosaidConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Optional<Response> check(ContainerRequestContext ctx, HttpServerRequest request) {
        if (!"POST".equals(ctx.getMethod()) || ctx.getProperty(AuthFilter.CALLER) != null) {
            return Optional.empty();
        }
        String path = "/" + ctx.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.equals("/api/analyze") && !path.equals("/api/analyze/")) {
            return Optional.empty();
        }
        WhosaidConfig.Analysis.RateLimit rate = config.analysis().anonymousRateLimit();
        if (rate.enabled()) {
            String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            long wait = acquire(client, rate.perSecond(), rate.burst());
            if (wait > 0) {
                return Optional.of(Refusal.json(429, "rate-limited", "too many anonymous analyses from " + client + " (limit "
                                + rate.perSecond() + "/s, burst " + rate.burst()
                                + ", whosaid.analysis.anonymous-rate-limit); retry in " + wait + " s or send an API key")
                        .header("Retry-After", wait).build());
            }
        }
        int text = config.analysis().anonymousMaxTextBytes();
        long limit = (long) text * 2 + 65536;
        int length = ctx.getLength();
        if (length > limit) {
            return Optional.of(Refusal.json(413, "too-large",
                    "the body has " + length + " bytes; the limit without an API key is " + limit
                            + " (whosaid.analysis.anonymous-max-text-bytes=" + text + " of text)").build());
        }
        return Optional.empty();
    }

    /** Seconds to wait, or 0 when the request may proceed. */
    long acquire(String client, double perSecond, int burstSize) {
        double burst = Math.max(1, burstSize);
        if (buckets.size() > 100_000) {
            buckets.clear();
        }
        Bucket b = buckets.computeIfAbsent(client, k -> {
            Bucket n = new Bucket();
            n.tokens = burst;
            n.last = System.nanoTime();
            return n;
        });
        synchronized (b) {
            long now = System.nanoTime();
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / Math.max(perSecond, 1e-9)));
        }
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        buckets.clear();
    }
}
