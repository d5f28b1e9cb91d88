package org.whosaid.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.*;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.whosaid.ingest.clean.Section;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.service.*;

import java.nio.file.Files;
import java.util.*;

/** The article API: ingest (JSON, text, HTML, batch, upload), read, versions, diff, takedown. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    InputParser parser;
    @Inject
    IngestService ingest;
    @Inject
    BatchService batch;
    @Inject
    ArticleQueries queries;
    @Inject
    IngestConfig config;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ingestArticle", summary = "Ingest one article: JSON, plain or pasted text, an HTML page, or only a url to fetch")
    @RequestBody(required = true, description = "JSON {url?, outlet?, title?, publishedAt?, language?, text | html}, or the text or page itself (metadata then as query parameters)",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = ArticleSubmission.class)),
                    @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "stored: a new article, or a new version of the one at this url", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "the same content was stored before (that article)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "bad input (names the field)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "body too large", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "unsupported content type", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response post(byte[] body, @HeaderParam("Content-Type") String contentType,
                         @QueryParam("url") String url, @QueryParam("outlet") String outlet, @QueryParam("title") String title,
                         @QueryParam("publishedAt") String publishedAt, @QueryParam("language") String language) {
        if (InputParser.mime(contentType).startsWith("multipart/")) {
            throw new ApiException(415, "unsupported-content-type", "send files to /api/articles/upload");
        }
        parser.checkSize(body == null ? 0 : body.length, config.limits().maxBodyBytes());
        Map<String, String> q = new HashMap<>();
        put(q, "url", url);
        put(q, "outlet", outlet);
        put(q, "title", title);
        put(q, "publishedAt", publishedAt);
        put(q, "language", language);
        IngestService.Outcome o = ingest.ingest(parser.parse(body == null ? new byte[0] : body, contentType, q));
        return Response.status(o.created() ? 201 : 200).entity(ArticleView.of(queries.get(o.id()))).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ingestBatch", summary = "Ingest a JSONL batch: one article JSON per line")
    @RequestBody(required = true, description = "one ArticleSubmission JSON per line", content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "accepted and refused lines", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchService.BatchResult.class)))
    @APIResponse(responseCode = "413", description = "body too large", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "415", description = "not JSONL", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public BatchService.BatchResult batch(byte[] body, @HeaderParam("Content-Type") String contentType) {
        String mime = InputParser.mime(contentType);
        if (!Set.of("application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines", "text/plain").contains(mime)) {
            throw new ApiException(415, "unsupported-content-type", "send JSONL as application/x-ndjson (one article JSON per line)");
        }
        parser.checkSize(body == null ? 0 : body.length, config.limits().maxBatchBytes());
        return batch.jsonl(parser.utf8(body == null ? new byte[0] : body));
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadArticles", summary = "Ingest uploaded files (.txt .html .htm .json .jsonl) from the form field \"file\"")
    @APIResponse(responseCode = "200", description = "accepted and refused files", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchService.UploadResult.class)))
    @APIResponse(responseCode = "400", description = "no files", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "files too large", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public BatchService.UploadResult upload(@RestForm("file") List<FileUpload> files) throws java.io.IOException {
        if (files == null || files.isEmpty()) {
            throw ApiException.badRequest("no-files", "send one or more files in the form field \"file\"");
        }
        List<BatchService.NamedFile> named = new ArrayList<>();
        long total = 0;
        for (FileUpload f : files) {
            total += f.size();
            parser.checkSize(total, config.limits().maxBatchBytes());
            named.add(new BatchService.NamedFile(f.fileName(), f.contentType(), Files.readAllBytes(f.uploadedFile())));
        }
        return batch.upload(named);
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Ingested articles (paged, without text; filters outlet, from, to, q)")
    public PageResult<ArticleView> list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam,
                                        @QueryParam("outlet") String outlet, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("q") String q) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage());
        return PageResult.of(queries.list(pg.page(), pg.size(), outlet, from, to, q).map(ArticleView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "One article: clean text, metadata, provenance and analysis status")
    public ArticleView get(@PathParam("id") long id) {
        return ArticleView.of(queries.get(id));
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "getArticleRaw", summary = "The raw input as it was received")
    public Response raw(@PathParam("id") long id) {
        return Response.ok(queries.raw(id), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    @GET
    @Path("/{id}/sections")
    @Operation(operationId = "listArticleSections", summary = "The parts removed from the body (summary, teasers, captions, tags, credits; paged, size defaults to 200)")
    public PageResult<Section> sections(@PathParam("id") long id, @QueryParam("page") String pageParam,
                                        @QueryParam("size") String sizeParam) {
        return PageResult.slice(queries.sections(id), Paging.of(pageParam, sizeParam, config.limits().maxPage(), Paging.MAX_SIZE));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listArticleVersions", summary = "The versions of an article (paged, size defaults to 200)")
    public PageResult<ArticleQueries.VersionInfo> versions(@PathParam("id") long id, @QueryParam("page") String pageParam,
                                                           @QueryParam("size") String sizeParam) {
        return PageResult.slice(queries.versions(id), Paging.of(pageParam, sizeParam, config.limits().maxPage(), Paging.MAX_SIZE));
    }

    @GET
    @Path("/{id}/versions/{v}")
    @Operation(operationId = "getArticleVersion", summary = "One version of an article")
    public ArticleView version(@PathParam("id") long id, @PathParam("v") int v) {
        return ArticleView.of(queries.version(id, v));
    }

    @GET
    @Path("/{id}/diff")
    @Operation(operationId = "diffArticleVersions", summary = "Word diff between two versions")
    public ArticleQueries.Diff diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        int t = to != null ? to : queries.find(id).version;
        int f = from != null ? from : Math.max(1, t - 1);
        return queries.diff(id, f, t);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteArticle", summary = "Takedown: delete the article, its versions and raw input (the analysis-service is told)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such article", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
    public Response delete(@PathParam("id") long id) {
        if (!ingest.delete(id)) {
            throw ApiException.notFound("no article " + id);
        }
        return Response.noContent().build();
    }

    private static void put(Map<String, String> q, String k, String v) {
        if (v != null) {
            q.put(k, v);
        }
    }
}
