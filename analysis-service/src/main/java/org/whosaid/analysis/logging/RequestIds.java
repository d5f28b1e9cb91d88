package org.whosaid.analysis.logging;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Every HTTP request gets a request id: the caller's {@code X-Request-Id} (the ingest-service's dispatcher sends the id
 * of the request that brought the article in) when it is a sane token (1-64 of {@code A-Z a-z 0-9 . _ : -}), else a
 * new UUID. It is returned as {@code X-Request-Id} and put into the logging MDC as {@code requestId}; requests on
 * {@code /api/articles/{id}…} also get {@code articleId}. Installed as the first route handler.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String ARTICLE_KEY = "articleId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern ARTICLE_PATH = Pattern.compile("^/api/articles/(\\d{1,19})(/.*)?$");

    void install(@Observes Router router) {
        router.route().order(-2000).handler(ctx -> {
            String id = accept(ctx.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            Matcher m = ARTICLE_PATH.matcher(ctx.request().path());
            if (m.matches()) {
                MDC.put(ARTICLE_KEY, m.group(1));
            }
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The given id when it is acceptable, else a fresh one. */
    public static String accept(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
