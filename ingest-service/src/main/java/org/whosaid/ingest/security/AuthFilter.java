package org.whosaid.ingest.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.whosaid.ingest.config.IngestConfig;

import java.util.Optional;
import java.util.Set;

/**
 * Every write to /api/** needs {@code Authorization: Bearer <key>} (or an OIDC token, see {@link OidcBearer}) with a scope that may do it (admin: all;
 * ingest: articles and feeds); reads are open unless {@code whosaid.auth.read-requires-key}. Ingest writes
 * are rate limited per client.
 */
public class AuthFilter {
    private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    ApiKeys keys;
    @Inject
    IngestConfig config;
    @Inject
    KeyFailures keyFailures;
    @Inject
    RateLimiter limiter;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> filter(ContainerRequestContext ctx, HttpServerRequest request) {
        String path = ctx.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean read = READ.contains(ctx.getMethod());
        // the outbox state is operator information: an admin-scope key even when reads are open (issue 15 finding 13)
        boolean adminRead = read && (path.equals("/api/outbox") || path.startsWith("/api/outbox/"));
        if (read && !adminRead && !config.auth().readRequiresKey()) {
            return Optional.empty();
        }
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        long keyWait = header == null ? 0 : keyFailures.blocked(client);
        if (keyWait > 0) {
            return Optional.of(error(429, "rate-limited", "too many wrong API keys from " + client + " (whosaid.auth.max-key-failures="
                    + config.auth().maxKeyFailures() + " per " + config.auth().keyFailureWindow().toSeconds() + " s); retry in "
                    + keyWait + " s").header("Retry-After", String.valueOf(keyWait)).build());
        }
        Optional<ApiKeys.Principal> p = keys.authenticate(header);
        Object oidc = ctx.getProperty(OidcBearer.RESULT);
        if (p.isEmpty() && oidc instanceof ApiKeys.Principal token) {
            p = Optional.of(token);
        }
        if (p.isEmpty() && header != null) {
            keyFailures.failed(client);
        }
        if (p.isEmpty()) {
            String detail = OidcBearer.REFUSED.equals(oidc)
                    ? "the bearer token was refused (signature, issuer, audience or expiry)"
                    : "send Authorization: Bearer <API key>";
            return Optional.of(error(401, "unauthorized", detail).header("WWW-Authenticate", "Bearer").build());
        }
        if (adminRead && !p.get().scope().equals("admin")) {
            return Optional.of(error(403, "forbidden", "the key \"" + p.get().name() + "\" has scope " + p.get().scope()
                    + "; " + path + " needs an admin-scope key").build());
        }
        if (!read) {
            String scope = p.get().scope();
            boolean ingestPath = path.startsWith("/api/articles") || path.startsWith("/api/feeds");
            if (!scope.equals("admin") && !(scope.equals("ingest") && ingestPath)) {
                return Optional.of(error(403, "forbidden", "the key \"" + p.get().name() + "\" has scope " + scope
                        + ", which may not " + ctx.getMethod() + " " + path).build());
            }
            if (path.startsWith("/api/articles")) {
                long wait = limiter.acquire(p.get().name());
                if (wait > 0) {
                    return Optional.of(error(429, "rate-limited", "too many requests; retry in " + wait + " s (limit "
                            + config.rateLimit().perSecond() + "/s)").header("Retry-After", String.valueOf(wait)).build());
                }
            }
        }
        ctx.setProperty("whosaid.principal", p.get());
        return Optional.empty();
    }

    private static Response.ResponseBuilder error(int status, String code, String detail) {
        return Refusal.json(status, code, detail);
    }
}
