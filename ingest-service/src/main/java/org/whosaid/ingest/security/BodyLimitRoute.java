package org.whosaid.ingest.security;

import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.whosaid.ingest.config.IngestConfig;

/**
 * Refuses bodies whose Content-Length is over a limit before they are read, with the JSON error body: our own limits
 * on {@code /api/} and, on every path, {@code quarkus.http.limits.max-body-size}, whose own check (a route at order -2)
 * would answer 413 with an empty body. Bodies without Content-Length are counted as they arrive against the same
 * limits ({@link HttpLimits}) and measured again in the resources.
 */
@ApplicationScoped
public class BodyLimitRoute {

    static final String HTTP_LIMIT_KEY = "quarkus.http.limits.max-body-size";

    @Inject
    IngestConfig config;

    private final String httpLimitText = ConfigProvider.getConfig().getOptionalValue(HTTP_LIMIT_KEY, String.class)
            .orElse("10240K");
    private final long httpLimit = new MemorySizeConverter().convert(httpLimitText).asLongValue();

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            long len = declaredLength(ctx);
            Limit limit = limitFor(ctx.request().path());
            if (len > limit.bytes()) {
                refuse(ctx, "the body is " + len + " bytes; " + limit.text(), limit.http());
                return;
            }
            ctx.next();
        });
    }

    /** A body limit: its bytes, the sentence naming it, and whether it is the HTTP layer's (connection closed). */
    public record Limit(long bytes, String text, boolean http) {
    }

    /**
     * The limit on a body sent to {@code path}: our own on {@code /api/} (the smaller one), else
     * {@code quarkus.http.limits.max-body-size}.
     */
    public Limit limitFor(String path) {
        if (path.startsWith("/api/")) {
            boolean batch = path.endsWith("/batch") || path.endsWith("/upload");
            long limit = batch ? config.limits().maxBatchBytes() : config.limits().maxBodyBytes();
            if (limit < httpLimit) {
                return new Limit(limit, "the limit is " + limit + " bytes (whosaid.limits."
                        + (batch ? "max-batch-bytes" : "max-body-bytes") + ")", false);
            }
        }
        return new Limit(httpLimit, "the HTTP layer accepts at most " + httpLimit + " bytes (" + HTTP_LIMIT_KEY + "="
                + httpLimitText + ", environment variable WHOSAID_HTTP_MAX_BODY_SIZE)", true);
    }

    /** The declared Content-Length, or -1 when there is none (chunked) or it is not a number. */
    private static long declaredLength(RoutingContext ctx) {
        String cl = ctx.request().getHeader("Content-Length");
        if (cl == null) {
            return -1;
        }
        try {
            return Long.parseLong(cl.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * 413 with {error, detail}. Over the HTTP layer's limit the connection is then closed, as Quarkus' own check does,
     * so a body of that size is not read at all.
     */
    private static void refuse(RoutingContext ctx, String detail, boolean close) {
        ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close");
        if (close) {
            ctx.response().endHandler(v -> ctx.request().connection().close());
        }
        ctx.response().end("{\"error\":\"too-large\",\"detail\":\"" + detail + "\"}");
    }
}
