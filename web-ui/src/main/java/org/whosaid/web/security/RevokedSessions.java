package org.whosaid.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.web.client.AdminKey;
import org.whosaid.web.client.Downstream;
import org.whosaid.web.client.Json;
import org.whosaid.web.config.WebConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions ended by logout (issue 15 finding 11): a copied session cookie stops working once its owner has logged out.
 * Kept in memory until the session would have expired anyway, at most {@code whosaid.web.revoked-sessions-max} entries.
 * When full, it fails closed: the entries closest to expiry are dropped and every session expiring no later than
 * them is refused too (those users log in again). Shared by all replicas through the analysis-service's list
 * ({@code /api/admin/revoked-sessions}): a logout is posted there (retried at the next refresh when the service is
 * down), and every {@code whosaid.web.revocation-refresh} (10 s) each replica reads what was added since its last look,
 * so a copied cookie stops working on every replica within that time, and after a restart.
 */
@ApplicationScoped
public class RevokedSessions {
    private static final Logger LOG = Logger.getLogger(RevokedSessions.class);
    @Inject WebConfig config;
    @Inject Downstream downstream;
    @Inject AdminKey adminKey;
    @Inject ObjectMapper mapper;
    private final Map<String, Long> revoked = new HashMap<>(); // session nonce -> its expiry (epoch seconds)
    private long refusedUpTo; // sessions expiring at or before this are refused (set when the list overflowed)
    private final List<String[]> unsent = new ArrayList<>(); // {nonce, expires} not yet on the shared list
    private String lastSeen; // revokedAt of the newest shared entry read

    /** Logout: refused here at once, and posted to the shared list for the other replicas. */
    public void revoke(String nonce, long expires) {
        add(nonce, expires);
        if (!share(nonce, expires)) {
            synchronized (this) {
                unsent.add(new String[] {nonce, Long.toString(expires)});
                while (unsent.size() > max()) unsent.remove(0); // bounded while the analysis-service is away
            }
        }
    }

    /** Reads the shared list since the last look (and sends what could not be sent before). */
    @Scheduled(every = "${whosaid.web.revocation-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        List<String[]> retry;
        synchronized (this) {
            retry = new ArrayList<>(unsent);
            unsent.clear();
        }
        for (String[] u : retry) {
            if (!share(u[0], Long.parseLong(u[1]))) {
                synchronized (this) {
                    unsent.add(u);
                }
            }
        }
        try {
            String since = lastSeen;
            JsonNode page = downstream.analysis(a -> a.revokedSessions(since, adminKey.bearer()));
            for (JsonNode r : Json.items(page)) {
                String nonce = Json.any(r, "nonce");
                long exp = r.path("expires").asLong(0);
                if (!nonce.isEmpty() && exp > 0) add(nonce, exp);
                String at = Json.any(r, "revokedAt");
                if (!at.isEmpty()) lastSeen = at;
            }
        } catch (RuntimeException e) {
            LOG.debugf("shared logout list not read: %s", e.getMessage());
        }
    }

    private boolean share(String nonce, long expires) {
        try {
            JsonNode body = mapper.createObjectNode().put("nonce", nonce).put("expires", expires);
            downstream.analysis(a -> {
                a.revokeSession(body, adminKey.bearer());
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("logout not shared with the other replicas yet (retried every refresh): %s", e.getMessage());
            return false;
        }
    }

    private synchronized void add(String nonce, long expires) {
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
