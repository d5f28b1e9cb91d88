package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A watch on a statement ({@code kind = "statement"}, target = cluster id) or a speaker ({@code kind = "speaker"},
 * target = registry entity id such as {@code p-12}), with an optional webhook and its delivery state.
 */
@Entity
@Table(name = "watch")
public class WatchEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    public String target;
    public String label;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Column(name = "webhook_secret")
    public String webhookSecret;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** the time of the newest event the webhook acknowledged; null = none yet (events after createdAt are due) */
    @Column(name = "delivered_until")
    public OffsetDateTime deliveredUntil;
    public int failures;
    /** when the webhook is next tried; null = at the next run */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
}
