package org.whosaid.analysis.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * OIDC bearer tokens as a second way to authenticate, next to API keys. Off unless {@code quarkus.oidc.tenant-enabled}
 * (env WHOSAID_OIDC_ENABLED). When on, a bearer value that is not an API key but looks like a JWT is verified by
 * quarkus-oidc's default tenant (signature against the provider's keys, issuer, audience, expiry); the roles of the
 * configured claim ({@code quarkus.oidc.roles.role-claim-path}) become scopes through {@code whosaid.auth.oidc.*-roles}.
 * The outcome is left on the request for {@link AuthFilter}, which decides 401/403 exactly as for keys.
 */
public class OidcBearer {
    private static final Logger LOG = Logger.getLogger(OidcBearer.class);

    /** Request property: the verified {@link Token}, or {@link #REFUSED} when a token was presented and refused. */
    public static final String RESULT = "whosaid.oidc";
    public static final String REFUSED = "refused";

    /** A verified token: its user and the whosaid scopes its roles map to. */
    public record Token(String name, Set<String> scopes) {
        /** The caller for a request needing {@code needed}: admin if granted, else the needed scope if granted. */
        ApiKeys.Caller caller(String needed) {
            String scope = scopes.contains("admin") ? "admin" : scopes.contains(needed) ? needed
                    : scopes.stream().findFirst().orElse("none");
            return new ApiKeys.Caller(name, scope);
        }
    }

    @Inject
    TenantIdentityProvider identities;
    @Inject
    ApiKeys keys;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "whosaid.auth.oidc.admin-roles", defaultValue = "admin")
    List<String> adminRoles;
    @ConfigProperty(name = "whosaid.auth.oidc.ingest-roles", defaultValue = "ingest")
    List<String> ingestRoles;
    @ConfigProperty(name = "whosaid.auth.oidc.review-roles", defaultValue = "reviewer")
    List<String> reviewRoles;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> verify(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString("Authorization");
        String path = "/" + ctx.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!enabled || !path.startsWith("/api/") || !looksLikeJwt(header)
                || keys.identify(header.substring(7).trim()).isPresent()) {
            return Uni.createFrom().voidItem();
        }
        return identities.authenticate(new AccessTokenCredential(header.substring(7).strip()))
                .onItem().invoke(id -> ctx.setProperty(RESULT, token(id)))
                .onFailure().invoke(e -> {
                    LOG.debugf("OIDC token refused: %s", e.toString());
                    ctx.setProperty(RESULT, REFUSED);
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    Token token(SecurityIdentity id) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String r : id.getRoles()) {
            if (adminRoles.contains(r)) {
                scopes.add("admin");
            }
            if (ingestRoles.contains(r)) {
                scopes.add("ingest");
            }
            if (reviewRoles.contains(r)) {
                scopes.add("review");
            }
        }
        return new Token("oidc:" + id.getPrincipal().getName(), scopes);
    }

    /** {@code Bearer <header>.<payload>.<signature>} in base64url: a JWT, not an API key. */
    static boolean looksLikeJwt(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String t = header.substring(7).strip();
        return t.length() < 16384 && t.matches("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    }
}
