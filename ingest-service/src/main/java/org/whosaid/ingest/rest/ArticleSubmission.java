package org.whosaid.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of {@code POST /api/articles}, for the API description only (the resource reads the raw body so that
 * text/plain and text/html are accepted too). Give {@code text} or {@code html}, or only a {@code url} to fetch.
 */
@Schema(name = "ArticleSubmission", description = "One article: text or html, or only a url to fetch")
public record ArticleSubmission(
        @Schema(description = "where the article was published; also the key for new versions", example = "https://harbour-post.example/port")
        String url,
        @Schema(description = "the outlet's name (else recognised from the url)", example = "Harbour Post")
        String outlet,
        @Schema(description = "headline (else found in the text or page)")
        String title,
        @Schema(description = "ISO date or date-time with offset (else found in the text or page)", example = "2026-12-06T09:30:00+01:00")
        String publishedAt,
        @Schema(description = "de or en (else detected)", example = "en")
        String language,
        @Schema(description = "the article as plain or pasted text", example = "\"We will reopen the port on Monday,\" Mayor Ilse Brandtner said.")
        String text,
        @Schema(description = "the article as an HTML page (the main text is extracted)")
        String html) {
}
