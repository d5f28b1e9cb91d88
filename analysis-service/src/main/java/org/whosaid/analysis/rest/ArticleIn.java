package org.whosaid.analysis.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.whosaid.analysis.logging.NamesArticle;
import org.whosaid.analysis.service.IncomingArticle;

/** An article handed over by the ingest-service's dispatcher (docs/architecture.md). */
@Schema(name = "ArticleIn")
public record ArticleIn(
        @Schema(required = true, description = "the ingest-service's article id") Long id,
        @Schema(required = true, description = "1 for the first version") Integer version,
        String url, String outlet, String title, String lead, OffsetDateTime publishedAt,
        @Schema(description = "de or en; detected when absent") String language,
        List<String> agencies,
        @Schema(required = true, description = "the clean article body") String text,
        Long copyOf) implements NamesArticle {

    /** The article as the service analyses and stores it. */
    IncomingArticle article() {
        return new IncomingArticle(id, version, url, outlet, title, lead, publishedAt, language, agencies, text, copyOf);
    }
}
