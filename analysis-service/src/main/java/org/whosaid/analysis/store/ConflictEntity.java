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
 * A conflict between outlets. {@code scopeKey} says what it was computed for ("cluster:12", "name:hnatov"); the rows of
 * one scope are replaced whenever it is recomputed. {@code valuesJson} holds [{value, outlets, articleIds, statementIds}].
 */
@Entity
@Table(name = "conflict")
public class ConflictEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "scope_key")
    public String scopeKey;
    public String kind;
    public String subject;
    @Column(name = "cluster_id")
    public Long clusterId;
    @Column(name = "values_json")
    public String valuesJson;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
