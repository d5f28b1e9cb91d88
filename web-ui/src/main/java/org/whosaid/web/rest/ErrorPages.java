package org.whosaid.web.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.whosaid.web.client.DownstreamException;
import org.whosaid.web.security.Forbidden;
import org.whosaid.web.security.Redirects;
import org.whosaid.web.security.RequestState;

/** Every failure becomes a plain page in the user's language: never a stack trace. */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject Pages pages;
    @Inject RequestState state;
    @Inject @Location("error.html") Template error;

    @ServerExceptionMapper
    public Response downstream(DownstreamException e) {
        if (e.notFound()) return page(404, "errNotFoundTitle", pages.msg("errNotFoundText"), "");
        if (e.unreachable()) {
            String text = pages.msg("errDownText").replace("{service}", e.service());
            return page(503, "errDownTitle", text, e.service().equals("web-ui") ? e.detail() : "");
        }
        if (e.status() >= 400 && e.status() < 500) {
            return page(e.status() == 409 ? 409 : 400, "errBadRequestTitle", e.detail(), e.service());
        }
        return page(502, "errDownstreamTitle", pages.msg("errDownstreamText").replace("{service}", e.service()), e.detail());
    }

    @ServerExceptionMapper
    public Response forbidden(Forbidden e) {
        if (e.loginRequired()) {
            return Redirects.seeOther(UriBuilder.fromPath("/login").queryParam("next", state.path()).build()).build();
        }
        if ("csrf".equals(e.getMessage())) return page(403, "errCsrfTitle", pages.msg("errCsrfText"), "");
        return page(403, "errForbiddenTitle", pages.msg("errForbiddenText"), "");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "errNotFoundTitle", pages.msg("errNotFoundText"), "");
    }

    @ServerExceptionMapper
    public Response webApp(WebApplicationException e) {
        int s = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (s < 500) return page(s, "errBadRequestTitle", e.getMessage(), "");
        LOG.error("page failed", e);
        return page(500, "errInternalTitle", pages.msg("errInternalText"), "");
    }

    @ServerExceptionMapper
    public Response any(RuntimeException e) {
        LOG.error("page failed", e);
        return page(500, "errInternalTitle", pages.msg("errInternalText"), "");
    }

    private Response page(int status, String titleKey, String text, String detail) {
        String html = error.data("p", pages.ctx()).data("status", status).data("title", pages.msg(titleKey))
                .data("text", text == null ? "" : text).data("detail", detail == null ? "" : detail).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
