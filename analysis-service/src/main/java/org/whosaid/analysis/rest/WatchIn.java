package org.whosaid.analysis.rest;

/**
 * The body of POST /api/watches: {@code {"kind":"statement","target":"7"}} watches cluster 7,
 * {@code {"kind":"speaker","target":"p-12","webhookUrl":"https://hooks.example/whosaid"}} a speaker with a webhook.
 */
public record WatchIn(String kind, String target, String label, String webhookUrl) {
}
