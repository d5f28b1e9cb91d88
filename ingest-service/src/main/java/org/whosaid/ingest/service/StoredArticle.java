package org.whosaid.ingest.service;

import java.util.List;
import java.util.Map;

/**
 * An article as {@link ArticleQueries} reads it: the current or an earlier version with its metadata, analysis status,
 * copies and provenance. {@code text} and {@code provenance} are null in lists.
 */
public record StoredArticle(long id, String url, String outlet, String title, String kicker, String lead,
                            String publishedAt, String language, List<String> agencies, List<String> authors,
                            String text, String contentHash, int version, String analysisStatus, String analysisError,
                            Long copyOf, List<Long> copies, String ingestedAt, Map<String, String> provenance) {
}
