package org.whosaid.ingest.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OIDC bearer tokens as a second way to authenticate, next to API keys. Off unless {@code quarkus.oidc.tenant-enabled}
 * (env WHOSAID_OIDC_ENABLED). When on, a bearer value that is not an API key but looks like a JWT is verified by
 * quarkus-oidc's default tenant (signature against the provider's keys, issuer, audience, expiry); the roles of the
 * configured claim ({@code quarkus.oidc.roles.role-claim-path}) become scopes through {@code whosaid.auth.oidc.*-roles}.
 * The outcome is left on the request for {@link AuthFilter}, which decides 401/403 exactly as for keys.
 */
public class OidcBearer {
    private static final Logger LOG = Logger.getLogger(OidcBearer.class);

    /** Request property: the verified {@link ApiKeys.Principal}, or {@link #REFUSED} when a token was presented and refused. */
    public static final String RESULT = "whosaid.oidc";
    public static final String REFUSED = "refused";

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
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!enabled || !ctx.getUriInfo().getPath().startsWith("/api/") || !looksLikeJwt(header)
                || keys.authenticate(header).isPresent()) {
            return Uni.createFrom().voidItem();
        }
        return identities.authenticate(new AccessTokenCredential(header.substring(7).strip()))
                .onItem().invoke(id -> ctx.setProperty(RESULT, principal(id)))
                .onFailure().invoke(e -> {
                    LOG.debugf("OIDC token refused: %s", e.toString());
                    ctx.setProperty(RESULT, REFUSED);
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The strongest scope the token's roles map to (admin, then ingest, then review); none → scope "none". */
    ApiKeys.Principal principal(SecurityIdentity id) {
        Set<String> roles = new LinkedHashSet<>(id.getRoles());
        String scope = roles.stream().anyMatch(adminRoles::contains) ? "admin"
                : roles.stream().anyMatch(ingestRoles::contains) ? "ingest"
                : roles.stream().anyMatch(reviewRoles::contains) ? "review" : "none";
        return new ApiKeys.Principal("oidc:" + id.getPrincipal().getName(), scope);
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
