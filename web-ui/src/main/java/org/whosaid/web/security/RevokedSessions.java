package org.whosaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.config.WebConfig;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Sessions ended by logout (issue 15 finding 11): a copied session cookie stops working once its owner has logged out.
 * Kept in memory until the session would have expired anyway, at most {@code whosaid.web.revoked-sessions-max} entries.
 * When full, it fails closed: the entries closest to expiry are dropped and every session expiring no later than
 * them is refused too (those users log in again). Per process: a restart, or another replica, does not know the list.
 */
@ApplicationScoped
public class RevokedSessions {
    @Inject WebConfig config;
    private final Map<String, Long> revoked = new HashMap<>(); // session nonce -> its expiry (epoch seconds)
    private long refusedUpTo; // sessions expiring at or before this are refused (set when the list overflowed)

    public synchronized void revoke(String nonce, long expires) {
        if (expires <= refusedUpTo) return;
        if (revoked.size() >= max()) {
            long now = Instant.now().getEpochSecond();
            revoked.values().removeIf(e -> e < now);
        }
        if (revoked.size() >= max()) {
            refusedUpTo = revoked.values().stream().mapToLong(Long::longValue).min().orElse(refusedUpTo);
            long floor = refusedUpTo;
            revoked.values().removeIf(e -> e <= floor);
            if (expires <= refusedUpTo) return;
        }
        revoked.put(nonce, expires);
    }

    int max() { return config.web().revokedSessionsMax(); }

    public synchronized boolean isRevoked(String nonce, long expires) {
        return expires <= refusedUpTo || revoked.containsKey(nonce);
    }
}
