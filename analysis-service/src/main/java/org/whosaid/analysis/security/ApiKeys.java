package org.whosaid.analysis.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.whosaid.analysis.config.WhosaidConfig;

/**
 * The API keys this service accepts: the admin key (config / env WHOSAID_ADMIN_API_KEY, else the file
 * {@code <data-dir>/admin-api-key}, generated on first start) and {@code whosaid.auth.keys.<name>=<scope>:<key>}.
 * Keys are compared in constant time and never logged.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    /** A caller identified by its key. */
    public record Caller(String name, String scope) {
        public boolean may(String needed) {
            return "admin".equals(scope) || scope.equals(needed);
        }
    }

    private record Key(String name, String scope, byte[] secret) {
    }

    private final List<Key> keys = new ArrayList<>();

    public ApiKeys(WhosaidConfig config) {
        keys.add(new Key("admin", "admin", adminKey(config).getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, String> e : config.auth().keys().entrySet()) {
            String v = e.getValue();
            int i = v.indexOf(':');
            if (i <= 0 || i == v.length() - 1) {
                throw new IllegalArgumentException("whosaid.auth.keys." + e.getKey() + " must be <scope>:<key>");
            }
            String scope = v.substring(0, i);
            if (!List.of("ingest", "review", "admin").contains(scope)) {
                throw new IllegalArgumentException("whosaid.auth.keys." + e.getKey() + ": unknown scope " + scope);
            }
            keys.add(new Key(e.getKey(), scope, v.substring(i + 1).getBytes(StandardCharsets.UTF_8)));
        }
    }

    public Optional<Caller> identify(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] p = presented.getBytes(StandardCharsets.UTF_8);
        Caller found = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(k.secret(), p) && found == null) {
                found = new Caller(k.name(), k.scope());
            }
        }
        return Optional.ofNullable(found);
    }

    private static String adminKey(WhosaidConfig config) {
        Optional<String> configured = config.auth().adminKey().filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured.get().trim();
        }
        Path file = Path.of(config.dataDir(), "admin-api-key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            Path tmp = Files.createTempFile(file.getParent(), "admin-api-key", ".tmp");
            Files.writeString(tmp, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(tmp);
            }
            LOG.infof("generated the admin API key into %s", file.toAbsolutePath());
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin key file " + file, e);
        }
    }
}
