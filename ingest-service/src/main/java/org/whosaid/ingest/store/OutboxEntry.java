package org.whosaid.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A hand-off to the analysis-service, written in the same transaction as the article change. */
@Entity
@Table(name = "outbox")
public class OutboxEntry extends PanacheEntityBase {
    public static final String UPSERT = "upsert";
    public static final String DELETE = "delete";
    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** A failed row an operator gave up on (DELETE /api/outbox/{id}). */
    public static final String DISMISSED = "dismissed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public Long articleId;
    public int version;
    public String kind;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "done_at")
    public Instant doneAt;
    /** X-Request-Id of the request that queued this row (null for feed polls); sent on to the analysis-service. */
    @Column(name = "request_id")
    public String requestId;

    public static OutboxEntry pending(long articleId, int version, String kind) {
        OutboxEntry e = new OutboxEntry();
        e.articleId = articleId;
        e.version = version;
        e.kind = kind;
        e.status = PENDING;
        e.attempts = 0;
        Instant now = Instant.now();
        e.nextAttemptAt = now;
        e.createdAt = now;
        e.requestId = org.whosaid.ingest.logging.RequestIds.current();
        return e;
    }
}
