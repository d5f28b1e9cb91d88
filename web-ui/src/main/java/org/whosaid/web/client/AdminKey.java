package org.whosaid.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.config.WebConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The admin API key the web-ui sends to both services on writes: {@code whosaid.auth.admin-key}
 * (env WHOSAID_ADMIN_API_KEY) when set, else the file {@code <data-dir>/admin-api-key} the services generate.
 */
@ApplicationScoped
public class AdminKey {
    @Inject WebConfig config;

    public String bearer() {
        return "Bearer " + key();
    }

    /** The key, or null when none is configured or generated yet. */
    public String keyOrNull() {
        try {
            return key();
        } catch (DownstreamException e) {
            return null;
        }
    }

    public String key() {
        var configured = config.auth().adminKey().filter(k -> !k.isBlank());
        if (configured.isPresent()) return configured.get().trim();
        Path file = Path.of(config.dataDir(), "admin-api-key");
        try {
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException ignored) {
            // fall through
        }
        throw new DownstreamException("web-ui", 503, "no-admin-key",
                "No admin API key: set WHOSAID_ADMIN_API_KEY or start the services once so that " + file + " exists.", null);
    }
}
