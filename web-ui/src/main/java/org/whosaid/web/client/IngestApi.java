package org.whosaid.web.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ingest-service API (README, "API"; its OpenAPI document at /q/openapi) as the web-ui uses it. */
@RegisterRestClient(configKey = "ingest")
@org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders(KeyHeader.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestApi {

    @GET @Path("/articles")
    JsonNode articles(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/articles/{id}")
    JsonNode article(@PathParam("id") long id);

    @GET @Path("/articles/{id}/versions")
    JsonNode versions(@PathParam("id") long id);

    @GET @Path("/articles/{id}/diff")
    JsonNode diff(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to);

    @GET @Path("/feeds")
    JsonNode feeds(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST @Path("/articles") @Consumes(MediaType.APPLICATION_JSON)
    JsonNode postJson(JsonNode article, @HeaderParam("Authorization") String authorization,
                      @HeaderParam("X-Whosaid-User") String user);

    @POST @Path("/articles") @Consumes(MediaType.TEXT_PLAIN)
    JsonNode postText(String text, @QueryParam("url") String url, @QueryParam("outlet") String outlet,
                      @QueryParam("title") String title, @QueryParam("language") String language,
                      @HeaderParam("Authorization") String authorization, @HeaderParam("X-Whosaid-User") String user);

    @POST @Path("/articles") @Consumes(MediaType.TEXT_HTML)
    JsonNode postHtml(String html, @QueryParam("url") String url, @QueryParam("outlet") String outlet,
                      @QueryParam("title") String title, @QueryParam("language") String language,
                      @HeaderParam("Authorization") String authorization, @HeaderParam("X-Whosaid-User") String user);

    @POST @Path("/articles/batch") @Consumes("application/x-ndjson")
    JsonNode postBatch(String ndjson, @HeaderParam("Authorization") String authorization,
                       @HeaderParam("X-Whosaid-User") String user);

    @POST @Path("/feeds") @Consumes(MediaType.APPLICATION_JSON)
    JsonNode postFeed(JsonNode feed, @HeaderParam("Authorization") String authorization,
                      @HeaderParam("X-Whosaid-User") String user);

    /** Failed hand-offs to the analysis-service (admin key): list, retry at the next pass, dismiss. */
    @GET @Path("/outbox/failed")
    JsonNode failedHandOffs(@QueryParam("page") int page, @QueryParam("size") int size, @HeaderParam("Authorization") String authorization);

    @POST @Path("/outbox/{id}/retry")
    JsonNode retryHandOff(@PathParam("id") long id, @HeaderParam("Authorization") String authorization);

    @DELETE @Path("/outbox/{id}")
    JsonNode dismissHandOff(@PathParam("id") long id, @HeaderParam("Authorization") String authorization);
}
