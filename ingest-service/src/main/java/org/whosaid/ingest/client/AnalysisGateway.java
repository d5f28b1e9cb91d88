package org.whosaid.ingest.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.logging.RequestIds;
import org.whosaid.ingest.security.AdminKey;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/** Calls the analysis-service with the admin key; answers a status code (or -1 when it could not be reached). */
@ApplicationScoped
public class AnalysisGateway {
    private static final Logger LOG = Logger.getLogger(AnalysisGateway.class);

    /** HTTP status and a short message. */
    public record Result(int status, String message) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @Inject
    IngestConfig config;
    @Inject
    AdminKey adminKey;

    private volatile AnalysisClient client;

    private AnalysisClient client() {
        if (client == null) {
            client = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.analysis().url()))
                    .connectTimeout(config.analysis().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(config.analysis().readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build(AnalysisClient.class);
        }
        return client;
    }

    /** Posts an article; the current request id (MDC, see {@link RequestIds}) travels as X-Request-Id. */
    public Result upsert(AnalysisArticle a) {
        Result r = call(() -> client().upsert("Bearer " + adminKey.value(), RequestIds.current(), a));
        LOG.debugf("article %d v%d handed to the analysis-service: %d", a.id(), a.version(), r.status());
        return r;
    }

    public Result delete(long id) {
        return call(() -> client().delete("Bearer " + adminKey.value(), RequestIds.current(), id));
    }

    private Result call(java.util.function.Supplier<Response> s) {
        try (Response r = s.get()) {
            return new Result(r.getStatus(), r.getStatus() < 300 ? "ok" : body(r));
        } catch (WebApplicationException e) {
            return new Result(e.getResponse().getStatus(), body(e.getResponse()));
        } catch (ProcessingException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            return new Result(-1, "analysis-service unreachable: " + c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + c.getMessage()));
        } catch (RuntimeException e) {
            return new Result(-1, "analysis-service call failed: " + e);
        }
    }

    private static String body(Response r) {
        try {
            String b = r.hasEntity() ? r.readEntity(String.class) : "";
            b = b == null ? "" : b;
            return "HTTP " + r.getStatus() + (b.isEmpty() ? "" : ": " + (b.length() > 500 ? b.substring(0, 500) : b));
        } catch (RuntimeException e) {
            return "HTTP " + r.getStatus();
        }
    }
}
