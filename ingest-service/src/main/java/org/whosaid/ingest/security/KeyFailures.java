package org.whosaid.ingest.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.whosaid.ingest.config.IngestConfig;

/**
 * Throttles API-key guessing (issue 15 finding 11): after {@code whosaid.auth.max-key-failures} wrong keys from one
 * client address within {@code whosaid.auth.key-failure-window}, every request with a key from that address is
 * answered 429 until the window has passed (valid keys included, so a guess that hits is not told apart).
 */
@ApplicationScoped
public class KeyFailures {
    private final IngestConfig config;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public KeyFailures(IngestConfig config) {
        this.config = config;
    }

    /** Seconds until the address may send keys again, or 0. */
    public long blocked(String client) {
        Deque<Long> d = failures.get(client);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            prune(d);
            if (d.size() < config.auth().maxKeyFailures()) {
                return 0;
            }
            long wait = d.peekFirst() + config.auth().keyFailureWindow().toMillis() - System.currentTimeMillis();
            return Math.max(1, (wait + 999) / 1000);
        }
    }

    public void failed(String client) {
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a flood
        }
        Deque<Long> d = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(System.currentTimeMillis());
        }
    }

    private void prune(Deque<Long> d) {
        long cutoff = System.currentTimeMillis() - config.auth().keyFailureWindow().toMillis();
        while (!d.isEmpty() && d.peekFirst() < cutoff) {
            d.removeFirst();
        }
    }
}
