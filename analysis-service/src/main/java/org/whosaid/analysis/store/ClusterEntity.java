package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Statements from different articles that render one utterance. */
@Entity
@Table(name = "cluster")
public class ClusterEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "speaker_name")
    public String speakerName;
    @Column(name = "speaker_entity_id")
    public String speakerEntityId;
    @Column(name = "reference_statement_id")
    public String referenceStatementId;
    @Column(name = "reference_reason")
    public String referenceReason;
    @Column(name = "reference_marked")
    public boolean referenceMarked;
    @Column(name = "reference_quote_key")
    public String referenceQuoteKey;
    @Column(name = "review_status")
    public String reviewStatus = "unverified";
    @Column(name = "review_note")
    public String reviewNote;
    @Column(name = "statement_count")
    public int statementCount;
    @Column(name = "outlet_count")
    public int outletCount;
    @Column(name = "has_conflict")
    public boolean hasConflict;
    @Column(name = "first_published")
    public OffsetDateTime firstPublished;
    @Column(name = "last_published")
    public OffsetDateTime lastPublished;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
