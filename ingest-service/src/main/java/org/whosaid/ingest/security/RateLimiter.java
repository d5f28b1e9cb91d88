package org.whosaid.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.ingest.config.IngestConfig;

import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client (key name or address): {@code whosaid.rate-limit.per-second} with a burst. */
@ApplicationScoped
public class RateLimiter {

    @Inject
    IngestConfig config;

    private static final class Bucket {
        double tokens;
        long last;
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Seconds to wait, or 0 when the request may proceed. */
    public long acquire(String client) {
        if (!config.rateLimit().enabled()) {
            return 0;
        }
        double rate = config.rateLimit().perSecond();
        double burst = Math.max(1, config.rateLimit().burst());
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
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * rate);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
        }
    }
}
