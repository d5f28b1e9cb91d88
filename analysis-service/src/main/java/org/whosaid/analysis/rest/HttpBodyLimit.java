package org.whosaid.analysis.rest;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A request whose Content-Length is over {@code quarkus.http.limits.max-body-size} gets 413 with the usual
 * {error, detail} body. Quarkus' own check (a route at order -2) answers the same requests with an empty body; this
 * route runs before it, makes the same test and, like it, closes the connection so the body is never read.
 */
@ApplicationScoped
public class HttpBodyLimit {

    static final String KEY = "quarkus.http.limits.max-body-size";

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        String text = ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse("10240K");
        long limit = new MemorySizeConverter().convert(text).asLongValue();
        router.route().order(-1000).handler(ctx -> {
            long len = declaredLength(ctx.request().getHeader("Content-Length"));
            if (len <= limit) {
                ctx.next();
                return;
            }
            String body;
            try {
                body = mapper.writeValueAsString(new ErrorJson("too-large", "the body is " + len
                        + " bytes; the HTTP layer accepts at most " + limit + " bytes (" + KEY + "=" + text + ")"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close")
                    .endHandler(v -> ctx.request().connection().close()).end(body);
        });
    }

    /** The declared length, or -1 when there is none (a chunked body, measured while it is read) or it is not a number. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
