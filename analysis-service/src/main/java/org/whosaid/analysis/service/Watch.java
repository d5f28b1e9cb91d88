package org.whosaid.analysis.service;

import java.time.OffsetDateTime;

/**
 * A watch as the service hands it out: on a statement (kind "statement", target = its cluster id) or a speaker (kind
 * "speaker", target = registry entity id such as {@code p-12}). {@code webhookSecret} is set only right after creation,
 * the one time the caller sees it.
 */
public record Watch(long id, String kind, String target, String label, OffsetDateTime createdAt, String webhookUrl,
                    String webhookSecret, OffsetDateTime deliveredUntil, int failures, OffsetDateTime nextAttemptAt,
                    String lastError) {
}
