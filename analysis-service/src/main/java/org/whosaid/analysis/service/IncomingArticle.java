package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article version to analyse and store, as the ingest-service hands it over: its id there, version (1 for the
 * first), metadata, language (de or en; detected when null), the clean text and the article it copies, if any.
 * {@link ArticleService#ingest} checks it.
 */
public record IncomingArticle(Long id, Integer version, String url, String outlet, String title, String lead,
                              OffsetDateTime publishedAt, String language, List<String> agencies, String text,
                              Long copyOf) {
}
