package org.whosaid.ingest.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.whosaid.ingest.config.IngestConfig;

/**
 * Refuses bodies whose Content-Length is over our limit before they are read, with the JSON error body
 * (Quarkus' own {@code quarkus.http.limits.max-body-size} is set higher and answers without one).
 * Bodies without Content-Length are measured again in the resources.
 */
@ApplicationScoped
public class BodyLimitRoute {

    @Inject
    IngestConfig config;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String cl = ctx.request().getHeader("Content-Length");
            String path = ctx.request().path();
            if (cl != null && path.startsWith("/api/")) {
                long limit = path.endsWith("/batch") || path.endsWith("/upload")
                        ? config.limits().maxBatchBytes() : config.limits().maxBodyBytes();
                long len;
                try {
                    len = Long.parseLong(cl.strip());
                } catch (NumberFormatException e) {
                    len = -1;
                }
                if (len > limit) {
                    ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                            .putHeader("Connection", "close")
                            .end("{\"error\":\"too-large\",\"detail\":\"the body is " + len + " bytes; the limit is " + limit
                                    + " bytes (whosaid.limits." + (limit == config.limits().maxBodyBytes() ? "max-body-bytes" : "max-batch-bytes") + ")\"}");
                    return;
                }
            }
            ctx.next();
        });
    }
}
