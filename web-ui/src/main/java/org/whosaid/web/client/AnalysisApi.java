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

/**
 * The analysis-service API as the web-ui reads it. Answers are Jackson trees so that small shape changes do not
 * break pages (the page code reads fields tolerantly through {@link Json}).
 */
@RegisterRestClient(configKey = "analysis")
@org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders(KeyHeader.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalysisApi {

    @GET @Path("/articles/{id}")
    JsonNode article(@PathParam("id") long id);

    @GET @Path("/articles/{id}/statements")
    JsonNode articleStatements(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/statements")
    JsonNode statements(@QueryParam("q") String q, @QueryParam("speaker") String speaker,
                        @QueryParam("entityId") String entityId, @QueryParam("outlet") String outlet,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("form") String form, @QueryParam("hasConflict") Boolean hasConflict,
                        @QueryParam("reviewStatus") String reviewStatus, @QueryParam("sort") String sort,
                        @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/speakers")
    JsonNode speakers(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/speakers/{entityId}")
    JsonNode speaker(@PathParam("entityId") String entityId);

    @GET @Path("/clusters")
    JsonNode clusters(@QueryParam("hasConflict") Boolean hasConflict, @QueryParam("speaker") String speaker,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    /** Clusters with the list page's filters (null = no filter). */
    @GET @Path("/clusters")
    JsonNode clusters(@QueryParam("hasConflict") Boolean hasConflict, @QueryParam("speaker") String speaker,
                      @QueryParam("minOutlets") Integer minOutlets, @QueryParam("outlet") String outlet,
                      @QueryParam("language") String language, @QueryParam("q") String q,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/clusters/{id}")
    JsonNode cluster(@PathParam("id") String id);

    /** One page of a cluster's renderings (time order, the reference always included); statementCount = all. */
    @GET @Path("/clusters/{id}")
    JsonNode cluster(@PathParam("id") String id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/conflicts")
    JsonNode conflicts(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/stories")
    JsonNode stories(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET @Path("/stories/{id}")
    JsonNode story(@PathParam("id") String id);

    /**
     * A human decision about a cluster: body {action, statementId?, targetClusterId?, statementIds?, status?, note?,
     * speakerName?, speakerEntityId?} with action confirm | reject | move | merge | split | related | speaker | review |
     * reference. Answers the cluster to show.
     */
    @POST @Path("/clusters/{id}/decisions") @Consumes(MediaType.APPLICATION_JSON)
    JsonNode decide(@PathParam("id") String id, JsonNode body,
                    @HeaderParam("Authorization") String authorization, @HeaderParam("X-Whosaid-User") String user);

    /** Watches (a statement or a speaker) and their Atom feeds; writes need a review key. */
    @GET @Path("/watches")
    JsonNode watches(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST @Path("/watches") @Consumes(MediaType.APPLICATION_JSON)
    JsonNode createWatch(JsonNode body, @HeaderParam("Authorization") String authorization);

    @DELETE @Path("/watches/{id}")
    void deleteWatch(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

    @GET @Path("/watches/{id}/feed") @Produces("application/atom+xml")
    String watchFeed(@PathParam("id") String id);

    /** The shared logout list of the web-ui replicas (admin key). */
    @POST @Path("/admin/revoked-sessions") @Consumes(MediaType.APPLICATION_JSON)
    void revokeSession(JsonNode body, @HeaderParam("Authorization") String authorization);

    @GET @Path("/admin/revoked-sessions")
    JsonNode revokedSessions(@QueryParam("since") String since, @HeaderParam("Authorization") String authorization);
}
