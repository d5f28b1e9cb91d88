package org.whosaid.ingest.client;

import java.util.List;

/** Body of {@code POST /api/articles} on the analysis-service. */
public record AnalysisArticle(long id, int version, String url, String outlet, String title, String lead,
                              String publishedAt, String language, List<String> agencies, String text, Long copyOf) {
}
