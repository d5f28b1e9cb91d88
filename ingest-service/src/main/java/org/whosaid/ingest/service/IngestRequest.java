package org.whosaid.ingest.service;

/** One article to ingest, as submitted: text or html (or neither, then the url is fetched). */
public record IngestRequest(String url, String outlet, String title, String publishedAt, String language,
                            String text, String html, String rawType, String raw) {
}
