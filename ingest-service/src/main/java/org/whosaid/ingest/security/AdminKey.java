package org.whosaid.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin API key: {@code whosaid.auth.admin-key} (env WHOSAID_ADMIN_API_KEY), else the content of
 * {@code <data-dir>/admin-api-key}, generated there (mode 600) on first start. The key itself is never logged.
 */
@ApplicationScoped
public class AdminKey {
    private static final Logger LOG = Logger.getLogger(AdminKey.class);

    @Inject
    IngestConfig config;

    private volatile String value;

    public String value() {
        String v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = load();
                }
                v = value;
            }
        }
        return v;
    }

    private String load() {
        String configured = config.auth().adminKey().map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            return configured;
        }
        Path file = Path.of(config.dataDir(), "admin-api-key");
        try {
            if (Files.exists(file)) {
                String k = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!k.isEmpty()) {
                    return k;
                }
            }
            Files.createDirectories(file.getParent());
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            String k = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            Path tmp = Files.createTempFile(file.getParent(), "admin-api-key", ".tmp");
            Files.writeString(tmp, k + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            try {
                Files.move(tmp, file);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            LOG.infof("generated an admin API key in %s", file.toAbsolutePath());
            return k;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the admin key file " + file, e);
        }
    }
}
