package org.whosaid.web.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.whosaid.web.config.WebConfig;
import org.whosaid.web.i18n.Messages;

import java.net.URI;

/**
 * Runs before every page: reads the session cookie, picks the language, makes sure the browser has a CSRF cookie and,
 * when anonymous reading is off, sends visitors without a login to /login. After every page: sets the cookies.
 */
public class RequestFilters {
    public static final String LANG_COOKIE = "whosaid_lang";
    public static final String CSRF_COOKIE = "whosaid_csrf";
    public static final String VISIT_COOKIE = "whosaid_last_visit";

    @Inject RequestState state;
    @Inject Sessions sessions;
    @Inject WebConfig config;
    /** {@code whosaid.web.oidc-login} (env WHOSAID_WEB_OIDC_LOGIN): the login page sends browsers to the OIDC provider. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "whosaid.web.oidc-login", defaultValue = "false")
    boolean oidcLogin;

    @ServerRequestFilter(preMatching = true)
    public Response before(ContainerRequestContext ctx) {
        URI uri = ctx.getUriInfo().getRequestUri();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        state.request(path, uri.getRawQuery());

        Cookie s = ctx.getCookies().get(Sessions.COOKIE);
        if (s != null) sessions.read(s.getValue()).ifPresent(state::session);
        // an OIDC bearer token verified by OidcBearer (e.g. from an auth proxy in front of the web-ui)
        Object oidc = ctx.getProperty(OidcBearer.RESULT);
        if (OidcBearer.REFUSED.equals(oidc)) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").entity("the bearer token was refused").type("text/plain").build();
        }
        if (oidc instanceof OidcBearer.Login login && !state.loggedIn()) {
            if (login.role() == null) {
                return Response.status(403).entity("signed in as " + login.user() + ", but the token grants no whosaid role (viewer, reviewer or admin)")
                        .type("text/plain").build();
            }
            state.user(login.user(), login.role());
        }

        String q = Messages.supported(ctx.getUriInfo().getQueryParameters().getFirst("lang"));
        Cookie lc = ctx.getCookies().get(LANG_COOKIE);
        if (q != null) state.lang(q, true);
        else if (lc != null && Messages.supported(lc.getValue()) != null) state.lang(Messages.supported(lc.getValue()), false);
        else {
            String a = Messages.fromAcceptLanguage(ctx.getHeaderString("Accept-Language"));
            state.lang(a == null ? "en" : a, false);
        }

        Cookie c = ctx.getCookies().get(CSRF_COOKIE);
        if (c != null && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{20,64}")) state.csrfCookie(c.getValue(), false);
        else state.csrfCookie(Secrets.randomToken(), true);

        Cookie v = ctx.getCookies().get(VISIT_COOKIE);
        if (v != null) {
            try { state.lastVisit(Long.parseLong(v.getValue())); } catch (NumberFormatException ignored) { /* ignore */ }
        }

        if (oidcLogin && path.equals("/login") && "GET".equals(ctx.getMethod())) {
            return Redirects.seeOther(URI.create("/login/oidc")).build(); // sign-in through the OIDC provider only
        }
        boolean open = path.equals("/login") || path.equals("/logout") || path.equals("/login/oidc") || path.startsWith("/q/");
        if (!open && !config.web().anonymousRead() && !state.loggedIn()) {
            if ("GET".equals(ctx.getMethod()) || "HEAD".equals(ctx.getMethod())) {
                String next = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                return Redirects.seeOther(UriBuilder.fromPath("/login").queryParam("next", next).build()).build();
            }
            return Response.status(401).entity("login required").type("text/plain").build();
        }
        return null;
    }

    @ServerResponseFilter
    public void after(ContainerResponseContext resp) {
        if (state.newCsrfCookie()) resp.getHeaders().add("Set-Cookie", cookie(CSRF_COOKIE, state.csrfCookie(), -1, "Strict"));
        if (state.langFromQuery()) resp.getHeaders().add("Set-Cookie", cookie(LANG_COOKIE, state.lang(), 365 * 24 * 3600, "Lax"));
        if (!resp.getHeaders().containsKey("Cache-Control")) resp.getHeaders().add("Cache-Control", "no-store");
    }

    /** A new CSRF cookie for a login answer: a cookie the browser had before the login (maybe planted) is not kept. */
    public String freshCsrfCookie() {
        return cookie(CSRF_COOKIE, Secrets.randomToken(), -1, "Strict");
    }

    /** A Set-Cookie value: HttpOnly, SameSite, Path=/, Secure unless whosaid.web.secure-cookies=false. maxAge -1 = session cookie, 0 = delete. */
    public String cookie(String name, String value, long maxAge, String sameSite) {
        StringBuilder sb = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=").append(sameSite);
        if (config.web().secureCookies()) sb.append("; Secure");
        if (maxAge >= 0) sb.append("; Max-Age=").append(maxAge);
        return sb.toString();
    }
}
