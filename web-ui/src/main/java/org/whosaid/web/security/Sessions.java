package org.whosaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.config.WebConfig;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed session cookies: {@code base64url(user \n role \n expiry-epoch-seconds \n nonce) . hmac}. The server keeps only
 * the sessions ended by logout ({@link RevokedSessions}); a changed role takes effect at the next login.
 */
@ApplicationScoped
public class Sessions {
    public static final String COOKIE = "whosaid_session";

    public record Session(String user, Role role, long expires, String nonce) {}

    @Inject Secrets secrets;
    @Inject WebConfig config;
    @Inject RevokedSessions revoked;

    public String issue(String user, Role role) {
        long exp = Instant.now().plus(config.web().sessionTtl()).getEpochSecond();
        String payload = user + "\n" + role.id() + "\n" + exp + "\n" + Secrets.randomToken();
        String p = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return p + "." + secrets.sign("session|" + p);
    }

    public Optional<Session> read(String cookie) {
        if (cookie == null || cookie.length() > 1000) return Optional.empty();
        int dot = cookie.indexOf('.');
        if (dot <= 0) return Optional.empty();
        String p = cookie.substring(0, dot);
        if (!secrets.verify("session|" + p, cookie.substring(dot + 1))) return Optional.empty();
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(p), StandardCharsets.UTF_8).split("\n");
            if (f.length != 4) return Optional.empty();
            long exp = Long.parseLong(f[2]);
            if (Instant.now().getEpochSecond() > exp || revoked.isRevoked(f[3], exp)) return Optional.empty();
            return Optional.of(new Session(f[0], Role.parse(f[1]), exp, f[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Logout: the session in this cookie stops working on this server, also for a copy of the cookie. */
    public void end(String cookie) {
        read(cookie).ifPresent(s -> revoked.revoke(s.nonce(), s.expires()));
    }
}
