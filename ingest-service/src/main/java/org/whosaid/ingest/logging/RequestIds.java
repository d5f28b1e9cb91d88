package org.whosaid.ingest.logging;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every HTTP request gets a request id: the caller's {@code X-Request-Id} when it is a sane token (1-64 of
 * {@code A-Z a-z 0-9 . _ : -}), else a new UUID. It is returned in the response's {@code X-Request-Id}, put into the
 * logging MDC as {@code requestId} (console format and JSON logs show it), stored with outbox rows and sent on to the
 * analysis-service by the dispatcher. Installed as the first route handler, so even early refusals carry it.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ARTICLE_KEY = "articleId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            String id = accept(ctx.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            ctx.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The given id when it is acceptable, else a fresh one. */
    public static String accept(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The request id of the work in progress on this thread, or null. */
    public static String current() {
        Object v = MDC.get(MDC_KEY);
        return v == null ? null : v.toString();
    }
}
