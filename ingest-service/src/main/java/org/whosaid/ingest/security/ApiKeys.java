package org.whosaid.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.*;

/** Bearer keys and their scopes: the admin key (scope admin) and {@code whosaid.auth.keys.<name>=<scope>:<key>}. */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    public static final Set<String> SCOPES = Set.of("ingest", "review", "admin");

    /** Who a key belongs to. */
    public record Principal(String name, String scope) {
    }

    @Inject
    IngestConfig config;
    @Inject
    AdminKey adminKey;

    private volatile List<Map.Entry<byte[], Principal>> keys;

    private List<Map.Entry<byte[], Principal>> keys() {
        if (keys == null) {
            List<Map.Entry<byte[], Principal>> k = new ArrayList<>();
            k.add(Map.entry(adminKey.value().getBytes(StandardCharsets.UTF_8), new Principal("admin", "admin")));
            config.auth().keys().forEach((name, spec) -> {
                int i = spec.indexOf(':');
                String scope = i > 0 ? spec.substring(0, i).strip() : "";
                String key = i > 0 ? spec.substring(i + 1).strip() : "";
                if (!SCOPES.contains(scope) || key.length() < 8) {
                    LOG.warnf("ignoring API key %s: expected <scope>:<key> with scope in %s and a key of 8+ characters", name, SCOPES);
                    return;
                }
                k.add(Map.entry(key.getBytes(StandardCharsets.UTF_8), new Principal(name, scope)));
            });
            keys = k;
        }
        return keys;
    }

    /** The principal for an Authorization header value, compared in constant time. */
    public Optional<Principal> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        Principal found = null;
        for (Map.Entry<byte[], Principal> e : keys()) {
            if (MessageDigest.isEqual(e.getKey(), given)) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
