package org.whosaid.ingest.rest;

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
        return Response.status(o.created() ? 201 : 200).entity(queries.get(o.id())).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.WILDCARD)
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
    public PageResult<ArticleView> list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam,
                                        @QueryParam("outlet") String outlet, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("q") String q) {
        Paging pg = Paging.of(pageParam, sizeParam, config.limits().maxPage());
        return queries.list(pg.page(), pg.size(), outlet, from, to, q);
    }

    @GET
    @Path("/{id}")
    public ArticleView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @GET
    @Path("/{id}/raw")
    @Produces(MediaType.TEXT_PLAIN)
    public Response raw(@PathParam("id") long id) {
        return Response.ok(queries.raw(id), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    @GET
    @Path("/{id}/sections")
    public PageResult<Section> sections(@PathParam("id") long id, @QueryParam("page") String pageParam,
                                        @QueryParam("size") String sizeParam) {
        return PageResult.slice(queries.sections(id), Paging.of(pageParam, sizeParam, config.limits().maxPage(), Paging.MAX_SIZE));
    }

    @GET
    @Path("/{id}/versions")
    public PageResult<ArticleQueries.VersionInfo> versions(@PathParam("id") long id, @QueryParam("page") String pageParam,
                                                           @QueryParam("size") String sizeParam) {
        return PageResult.slice(queries.versions(id), Paging.of(pageParam, sizeParam, config.limits().maxPage(), Paging.MAX_SIZE));
    }

    @GET
    @Path("/{id}/versions/{v}")
    public ArticleView version(@PathParam("id") long id, @PathParam("v") int v) {
        return queries.version(id, v);
    }

    @GET
    @Path("/{id}/diff")
    public ArticleQueries.Diff diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        int t = to != null ? to : queries.find(id).version;
        int f = from != null ? from : Math.max(1, t - 1);
        return queries.diff(id, f, t);
    }

    @DELETE
    @Path("/{id}")
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
