package org.whosaid.web.logging;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every HTTP request gets a request id: the caller's {@code X-Request-Id} (e.g. from the ingress) when it is a sane
 * token (1-64 of {@code A-Z a-z 0-9 . _ : -}), else a new UUID. It is returned as {@code X-Request-Id}, put into the
 * logging MDC as {@code requestId}, and sent on with every call to the ingest- and analysis-service
 * ({@link org.whosaid.web.client.KeyHeader}). Installed as the first route handler.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The request id of the request in progress, or null. */
    public static String current() {
        Object v = MDC.get(MDC_KEY);
        return v == null ? null : v.toString();
    }
}
