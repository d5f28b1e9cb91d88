package org.whosaid.analysis.rest;

import java.time.OffsetDateTime;

import org.whosaid.analysis.service.Watch;

/**
 * A watch in the API. {@code feed} is the path of its Atom feed; {@code webhook} is null without a webhook, and its
 * {@code secret} is shown once, in the answer to the POST that made it.
 */
public record WatchJson(long id, String kind, String target, String label, OffsetDateTime createdAt, String feed,
                        Webhook webhook) {

    /** Webhook state: the last acknowledged event time, failures in a row, the next try and the last error. */
    public record Webhook(String url, String secret, OffsetDateTime deliveredUntil, int failures,
                          OffsetDateTime nextAttemptAt, String lastError) {
    }

    public static WatchJson of(Watch w) {
        Webhook h = w.webhookUrl() == null ? null : new Webhook(w.webhookUrl(), w.webhookSecret(), w.deliveredUntil(),
                w.failures(), w.nextAttemptAt(), w.lastError());
        return new WatchJson(w.id(), w.kind(), w.target(), w.label(), w.createdAt(), "/api/watches/" + w.id() + "/feed", h);
    }
}
