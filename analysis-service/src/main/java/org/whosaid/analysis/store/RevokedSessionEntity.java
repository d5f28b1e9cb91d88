package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A web-ui session ended by logout: its nonce, when it would have expired (epoch seconds) and when it was ended. */
@Entity
@Table(name = "revoked_session")
public class RevokedSessionEntity extends PanacheEntityBase {
    @Id
    public String nonce;
    @Column(name = "expires_at")
    public long expiresAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
