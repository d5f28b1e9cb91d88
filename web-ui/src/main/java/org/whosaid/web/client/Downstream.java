package org.whosaid.web.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * The one door to the two services: runs a client call and turns every failure into a {@link DownstreamException}
 * (unreachable → status 0; an HTTP error → its status and the service's {error, detail}).
 */
@ApplicationScoped
public class Downstream {
    public static final String INGEST = "ingest-service";
    public static final String ANALYSIS = "analysis-service";
    private static final Logger LOG = Logger.getLogger(Downstream.class);

    @Inject @RestClient IngestApi ingest;
    @Inject @RestClient AnalysisApi analysis;
    @Inject ObjectMapper mapper;

    public JsonNode ingest(Function<IngestApi, JsonNode> call) {
        return run(INGEST, () -> call.apply(ingest));
    }

    public JsonNode analysis(Function<AnalysisApi, JsonNode> call) {
        return run(ANALYSIS, () -> call.apply(analysis));
    }

    /** Like {@link #analysis} but a 404 gives null (e.g. statements of an article not analysed yet). */
    public JsonNode analysisOrNull(Function<AnalysisApi, JsonNode> call) {
        try {
            return analysis(call);
        } catch (DownstreamException e) {
            if (e.notFound()) return null;
            throw e;
        }
    }

    private JsonNode run(String service, java.util.function.Supplier<JsonNode> call) {
        try {
            JsonNode n = call.get();
            return n == null ? mapper.nullNode() : n;
        } catch (WebApplicationException e) {
            Response r = e.getResponse();
            int status = r == null ? 500 : r.getStatus();
            String error = "http-" + status;
            String detail = e.getMessage();
            try {
                if (r != null && r.hasEntity()) {
                    String body = r.readEntity(String.class);
                    JsonNode b = mapper.readTree(body);
                    error = Json.text(b, "error", error);
                    detail = Json.text(b, "detail", detail);
                }
            } catch (Exception ignored) {
                // body not JSON: keep the status line
            }
            if (status >= 500) LOG.warnf("%s answered %d: %s", service, status, detail);
            throw new DownstreamException(service, status, error, detail, e);
        } catch (ProcessingException e) {
            LOG.warnf("%s unreachable: %s", service, e.getMessage());
            throw new DownstreamException(service, 0, "unreachable", String.valueOf(e.getMessage()), e);
        }
    }
}
