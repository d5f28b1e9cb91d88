package org.whosaid.ingest.rest;

import java.util.List;
import java.util.Map;

/** An article as served by the API. {@code text} is the clean body (absent in lists). */
public record ArticleView(long id, String url, String outlet, String title, String kicker, String lead,
                          String publishedAt, String language, List<String> agencies, List<String> authors,
                          String text, String contentHash, int version, String analysisStatus, String analysisError,
                          Long copyOf, List<Long> copies, String ingestedAt, Map<String, String> provenance) {
}
