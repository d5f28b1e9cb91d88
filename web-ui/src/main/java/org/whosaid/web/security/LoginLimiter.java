package org.whosaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.config.WebConfig;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limit: at most {@code whosaid.web.login-max-failures} failed logins per user name <em>and</em> client
 * address, and four times that per client address (password spraying), within {@code whosaid.web.login-window};
 * further attempts are refused (429) until the window has passed. There is no lock per user name alone: with one,
 * anyone could lock {@code admin} out with a few wrong passwords (issue 15 finding 11).
 */
@ApplicationScoped
public class LoginLimiter {
    @Inject WebConfig config;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public boolean blocked(String client, String user) {
        return count(pair(client, user)) >= config.web().loginMaxFailures()
                || count("ip:" + client) >= 4 * config.web().loginMaxFailures();
    }

    public void failed(String client, String user) {
        add("ip:" + client);
        add(pair(client, user));
    }

    public void succeeded(String client, String user) {
        failures.remove(pair(client, user));
    }

    private static String pair(String client, String user) {
        return "pair:" + client + "|" + user;
    }

    private int count(String key) {
        Deque<Long> d = failures.get(key);
        if (d == null) return 0;
        synchronized (d) {
            prune(d);
            return d.size();
        }
    }

    private void add(String key) {
        if (failures.size() > 100_000) failures.clear(); // bounded memory under a flood
        Deque<Long> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d);
            d.addLast(Instant.now().toEpochMilli());
        }
    }

    private void prune(Deque<Long> d) {
        long cutoff = Instant.now().toEpochMilli() - config.web().loginWindow().toMillis();
        while (!d.isEmpty() && d.peekFirst() < cutoff) d.removeFirst();
    }
}
