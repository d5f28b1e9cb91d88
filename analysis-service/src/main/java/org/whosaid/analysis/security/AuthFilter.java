package org.whosaid.analysis.security;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import org.whosaid.analysis.config.WhosaidConfig;

/**
 * Every write to /api/** needs {@code Authorization: Bearer <key>} (or an OIDC token, see {@link OidcBearer}) with the right scope (401 without a valid key, 403
 * with a key of another scope). Reads and the stateless POST /api/analyze are open unless
 * {@code whosaid.auth.read-requires-key=true}. Scopes: ingest → POST /api/articles; review → decisions and watches
 * (also deleting a watch); admin → all.
 */
public class AuthFilter {

    /** Request property holding the identified {@link ApiKeys.Caller}. */
    public static final String CALLER = "whosaid.caller";

    private final ApiKeys keys;
    private final WhosaidConfig config;
    private final KeyFailures keyFailures;

    public AuthFilter(ApiKeys keys, WhosaidConfig config, KeyFailures keyFailures) {
        this.keys = keys;
        this.config = config;
        this.keyFailures = keyFailures;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext ctx, HttpServerRequest request) {
        String path = "/" + ctx.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String method = ctx.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || (method.equals("POST") && path.equals("/api/analyze"));
        String header = ctx.getHeaderString("Authorization");
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        long wait = header == null ? 0 : keyFailures.blocked(client);
        if (wait > 0) {
            return Optional.of(Refusal.json(429, "rate-limited", "too many wrong API keys from " + client + " (whosaid.auth.max-key-failures="
                            + config.auth().maxKeyFailures() + " per " + config.auth().keyFailureWindow().toSeconds()
                            + " s); retry in " + wait + " s").header("Retry-After", wait).build());
        }
        Optional<ApiKeys.Caller> caller = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            caller = keys.identify(header.substring(7).trim());
        }
        String needed = path.equals("/api/articles") && method.equals("POST") ? "ingest"
                : path.startsWith("/api/admin/") || method.equals("DELETE") && !path.startsWith("/api/watches/") ? "admin" : "review";
        Object oidc = ctx.getProperty(OidcBearer.RESULT);
        if (caller.isEmpty() && oidc instanceof OidcBearer.Token token) {
            caller = Optional.of(token.caller(needed));
        }
        if (header != null && caller.isEmpty() && !(oidc instanceof OidcBearer.Token)) {
            keyFailures.failed(client);
        }
        caller.ifPresent(c -> ctx.setProperty(CALLER, c));
        // admin reads (job state of re-analysis) need an admin-scope key even when reads are open (issue 15 finding 13)
        boolean adminRead = read && path.startsWith("/api/admin/");
        if (read && !adminRead && !config.auth().readRequiresKey()) {
            return Optional.empty();
        }
        if (caller.isEmpty()) {
            return Optional.of(error(401, "unauthorized",
                    header == null ? "this request needs Authorization: Bearer <key>"
                            : OidcBearer.REFUSED.equals(oidc) ? "the bearer token was refused (signature, issuer, audience or expiry)"
                            : "the API key is not valid"));
        }
        if (read && !adminRead) {
            return Optional.empty();
        }
        if (!caller.get().may(needed)) {
            return Optional.of(error(403, "forbidden", "the key '" + caller.get().name() + "' has scope "
                    + caller.get().scope() + "; this request needs " + needed));
        }
        return Optional.empty();
    }

    private static Response error(int status, String code, String detail) {
        return Refusal.json(status, code, detail).header("WWW-Authenticate", "Bearer").build();
    }
}
