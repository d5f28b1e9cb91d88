package org.whosaid.web.security;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * 303 redirects with a relative Location, set as a raw header: {@code Response.seeOther} makes the URI absolute from
 * the request's Host header, which a client chooses (issue 15 finding 10).
 */
public final class Redirects {
    private Redirects() {
    }

    public static Response.ResponseBuilder seeOther(URI relative) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, relative.toString());
    }
}
