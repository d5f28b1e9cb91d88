package org.whosaid.web.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Browser login through the OIDC provider (authorization code flow, when {@code quarkus.oidc.tenant-enabled}): opening
 * {@code /login/oidc} sends the browser to the provider; back from there, quarkus-oidc has verified the ID token and this
 * resource turns the identity into the web-ui's own session cookie with the role its claim grants, then drops
 * quarkus-oidc's session cookie, so logging out of the web-ui works as for password logins.
 */
@Path("/login/oidc")
public class OidcLoginResource {
    @Inject SecurityIdentity identity;
    @Inject Sessions sessions;
    @Inject RequestFilters filters;
    @Inject OidcBearer.OidcRoles roles;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean enabled;
    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-path", defaultValue = "/")
    String oidcCookiePath;

    @GET
    @Authenticated
    public Response login() {
        if (!enabled) {
            return Response.status(404).entity("OIDC login is not enabled").type("text/plain").build();
        }
        String user = identity.getPrincipal().getName().replaceAll("[^\\p{L}\\p{N}@._ -]", "_");
        if (user.length() > 120) user = user.substring(0, 120);
        Role role = roles.of(identity).orElse(null);
        if (role == null) {
            return Response.status(403).entity("signed in as " + user + ", but the account has no whosaid role (viewer, reviewer or admin)")
                    .type("text/plain").build();
        }
        return Redirects.seeOther(URI.create("/"))
                .header("Set-Cookie", filters.cookie(Sessions.COOKIE, sessions.issue(user, role), -1, "Lax"))
                .header("Set-Cookie", filters.freshCsrfCookie())
                .header("Set-Cookie", "q_session=; Path=" + oidcCookiePath + "; Max-Age=0; HttpOnly")
                .build();
    }
}
