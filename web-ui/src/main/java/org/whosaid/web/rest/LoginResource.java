package org.whosaid.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.whosaid.web.security.Guard;
import org.whosaid.web.security.LoginLimiter;
import org.whosaid.web.security.Redirects;
import org.whosaid.web.security.RequestFilters;
import org.whosaid.web.security.RequestState;
import org.whosaid.web.security.Role;
import org.whosaid.web.security.Sessions;
import org.whosaid.web.security.UserStore;

import java.net.URI;
import java.util.List;

/** Form login and logout; the admin's user list. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {
    @Inject UserStore users;
    @Inject Sessions sessions;
    @Inject LoginLimiter limiter;
    @Inject Guard guard;
    @Inject Pages pages;
    @Inject RequestState state;
    @Inject RequestFilters filters;
    @Inject @Location("login.html") Template login;
    @Inject @Location("users.html") Template usersPage;

    @GET
    @Path("login")
    public Response form(@QueryParam("next") String next) {
        return Response.ok(login.data("p", pages.ctx()).data("next", safeNext(next)).data("error", "").data("name", "").render()).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm("_csrf") String csrf, @RestForm("username") String name, @RestForm("password") String password,
                          @RestForm("next") String next, @Context HttpServerRequest request) {
        guard.csrf(csrf);
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        String user = name == null ? "" : name.trim();
        if (limiter.blocked(client, user)) {
            return Response.status(429).header("Retry-After", "300")
                    .entity(login.data("p", pages.ctx()).data("next", safeNext(next)).data("error", pages.msg("loginTooMany")).data("name", user).render()).build();
        }
        var u = users.authenticate(user, password);
        if (u.isEmpty()) {
            limiter.failed(client, user);
            return Response.status(401)
                    .entity(login.data("p", pages.ctx()).data("next", safeNext(next)).data("error", pages.msg("loginFailed")).data("name", user).render()).build();
        }
        limiter.succeeded(client, user);
        return Redirects.seeOther(URI.create(safeNext(next)))
                .header("Set-Cookie", filters.cookie(Sessions.COOKIE, sessions.issue(u.get().name(), u.get().role()), -1, "Lax"))
                .header("Set-Cookie", filters.freshCsrfCookie())
                .build();
    }

    @POST
    @Path("logout")
    public Response logout(@RestForm("_csrf") String csrf, @CookieParam(Sessions.COOKIE) String session) {
        guard.csrf(csrf);
        sessions.end(session);
        return Redirects.seeOther(URI.create("/")).header("Set-Cookie", filters.cookie(Sessions.COOKIE, "", 0, "Lax")).build();
    }

    @GET
    @Path("admin/users")
    public Response list() {
        if (!state.loggedIn()) return Redirects.seeOther(URI.create("/login?next=/admin/users")).build();
        if (!state.has(Role.ADMIN)) throw new org.whosaid.web.security.Forbidden("role", false);
        return Response.ok(usersPage.data("p", pages.ctx()).data("users", users.list()).data("roles", List.of("viewer", "reviewer", "admin"))
                .data("error", "").render()).build();
    }

    @POST
    @Path("admin/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm("_csrf") String csrf, @RestForm("username") String name, @RestForm("role") String role,
                        @RestForm("password") String password, @RestForm("delete") String delete) {
        String me = guard.require(Role.ADMIN, csrf);
        String error = "";
        try {
            if (delete != null && !delete.isBlank()) {
                if (delete.equals(me)) throw new IllegalArgumentException(pages.msg("usersNotSelf"));
                users.remove(delete);
            } else {
                users.put(name == null ? "" : name.trim(), Role.parse(role == null ? "viewer" : role), password);
            }
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (error.isEmpty()) return Redirects.seeOther(URI.create("/admin/users")).build();
        return Response.status(400).entity(usersPage.data("p", pages.ctx()).data("users", users.list())
                .data("roles", List.of("viewer", "reviewer", "admin")).data("error", error).render()).build();
    }

    /** Only local paths: no open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/login")) return "/";
        return next;
    }
}
