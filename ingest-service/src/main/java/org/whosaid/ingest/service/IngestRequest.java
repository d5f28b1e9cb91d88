package org.whosaid.ingest.service;

/**
 * One article to ingest, as submitted: text or html (or neither, then the url is fetched).
 * {@code fallbackPublishedAt} (e.g. a feed entry's date) is used only when the page itself states no date.
 */
public record IngestRequest(String url, String outlet, String title, String publishedAt, String language,
                            String text, String html, String rawType, String raw, String fallbackPublishedAt) {

    public IngestRequest(String url, String outlet, String title, String publishedAt, String language,
                         String text, String html, String rawType, String raw) {
        this(url, outlet, title, publishedAt, language, text, html, rawType, raw, null);
    }
}
