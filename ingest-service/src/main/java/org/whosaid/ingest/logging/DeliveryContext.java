package org.whosaid.ingest.logging;

import org.jboss.logging.MDC;

import java.util.UUID;

/**
 * MDC of one outbox delivery (on a dispatcher thread, outside any HTTP request): the request id that queued the row
 * (a fresh one when the row came from a feed poll) and the article id. {@link #leave()} clears both.
 */
public final class DeliveryContext {
    private DeliveryContext() {
    }

    public static void enter(String requestId, Long articleId) {
        MDC.put(RequestIds.MDC_KEY, requestId != null ? requestId : UUID.randomUUID().toString());
        if (articleId != null) {
            MDC.put(RequestIds.ARTICLE_KEY, articleId.toString());
        }
    }

    public static void leave() {
        MDC.remove(RequestIds.MDC_KEY);
        MDC.remove(RequestIds.ARTICLE_KEY);
    }
}
