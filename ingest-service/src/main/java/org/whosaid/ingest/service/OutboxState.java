package org.whosaid.ingest.service;

import org.whosaid.ingest.store.OutboxEntry;

/**
 * The hand-off backlog in numbers: pending and failed outbox rows and when the oldest pending one was written (null
 * when none is pending). Read by {@code GET /api/outbox} and the readiness check.
 */
public record OutboxState(long pending, long failed, String oldestPendingAt) {

    /** Counts the outbox now; call it inside a transaction. */
    public static OutboxState read() {
        OutboxEntry oldest = OutboxEntry.<OutboxEntry>find("status = ?1 order by id", OutboxEntry.PENDING).firstResult();
        return new OutboxState(OutboxEntry.count("status", OutboxEntry.PENDING), OutboxEntry.count("status", OutboxEntry.FAILED),
                oldest == null ? null : oldest.createdAt.toString());
    }
}
