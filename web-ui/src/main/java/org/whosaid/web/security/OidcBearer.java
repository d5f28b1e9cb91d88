package org.whosaid.web.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * An OIDC identity for the web UI: when {@code quarkus.oidc.tenant-enabled} (env WHOSAID_OIDC_ENABLED), a request
 * carrying {@code Authorization: Bearer <JWT>} (as an auth proxy such as oauth2-proxy in front of the web-ui sends it,
 * or a script) is verified by quarkus-oidc's default tenant and logged in as the token's user with the strongest role
 * its claim grants ({@code whosaid.auth.oidc.admin-roles}, {@code reviewer-roles}, {@code viewer-roles}). The browser
 * login through the provider is {@link OidcLoginResource}. {@link RequestFilters} applies the outcome.
 */
public class OidcBearer {
    private static final Logger LOG = Logger.getLogger(OidcBearer.class);

    /** Request property: a verified {@link Login}, or {@link #REFUSED}. */
    public static final String RESULT = "whosaid.oidc";
    public static final String REFUSED = "refused";

    /** A verified user and the web role the token grants (null: none of the configured roles). */
    public record Login(String user, Role role) {
    }

    @Inject
    TenantIdentityProvider identities;
    @Inject
    OidcRoles roles;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean enabled;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> verify(ContainerRequestContext ctx) {
        String header = ctx.getHeaderString("Authorization");
        if (!enabled || !looksLikeJwt(header) || ctx.getUriInfo().getPath().startsWith("/q/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.authenticate(new AccessTokenCredential(header.substring(7).strip()))
                .onItem().invoke(id -> ctx.setProperty(RESULT, new Login(id.getPrincipal().getName(), roles.of(id).orElse(null))))
                .onFailure().invoke(e -> {
                    LOG.debugf("OIDC token refused: %s", e.toString());
                    ctx.setProperty(RESULT, REFUSED);
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    static boolean looksLikeJwt(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String t = header.substring(7).strip();
        return t.length() < 16384 && t.matches("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    }

    /** Token roles → web role: the strongest configured one. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class OidcRoles {
        @ConfigProperty(name = "whosaid.auth.oidc.admin-roles", defaultValue = "admin")
        List<String> admin;
        @ConfigProperty(name = "whosaid.auth.oidc.reviewer-roles", defaultValue = "reviewer")
        List<String> reviewer;
        @ConfigProperty(name = "whosaid.auth.oidc.viewer-roles", defaultValue = "viewer")
        List<String> viewer;

        public Optional<Role> of(SecurityIdentity id) {
            if (id.getRoles().stream().anyMatch(admin::contains)) return Optional.of(Role.ADMIN);
            if (id.getRoles().stream().anyMatch(reviewer::contains)) return Optional.of(Role.REVIEWER);
            if (id.getRoles().stream().anyMatch(viewer::contains)) return Optional.of(Role.VIEWER);
            return Optional.empty();
        }
    }
}
