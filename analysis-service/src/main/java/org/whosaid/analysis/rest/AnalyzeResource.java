package org.whosaid.analysis.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.service.ArticleService;

/** Who said what in this text: stateless, stores nothing. */
@Path("/api/analyze")
public class AnalyzeResource {

    /** Request body of /api/analyze. */
    public record AnalyzeIn(String text, String language) {
    }

    private final ArticleService articles;

    public AnalyzeResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the statements of a text (offsets into the submitted text)")
    public Dto.AnalyzeJson analyze(AnalyzeIn in) {
        if (in == null) {
            throw ApiException.badRequest("the body must be JSON {text, language?}");
        }
        ExtractionResult r = articles.extract(in.text(), in.language());
        return new Dto.AnalyzeJson(r.language(), r.extractorVersion(), r.statements().stream().map(StatementJson::of).toList());
    }
}
