package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One human decision (audit trail): who, when, what. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cluster_id")
    public Long clusterId;
    public String action;
    @Column(name = "statement_id")
    public String statementId;
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "quote_key")
    public String quoteKey;
    @Column(name = "target_cluster_id")
    public Long targetClusterId;
    public String payload;
    public String note;
    public String actor;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
