package org.whosaid.ingest.client;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The analysis-service's article hand-off API (see docs/architecture.md). */
@Path("/api/articles")
public interface AnalysisClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response upsert(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                    AnalysisArticle article);

    @DELETE
    @Path("/{id}")
    Response delete(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                    @PathParam("id") long id);
}
