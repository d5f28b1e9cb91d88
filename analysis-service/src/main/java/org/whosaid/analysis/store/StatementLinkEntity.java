package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A scored SAME link between two statements, with its evidence (one line per signal, joined by newlines). */
@Entity
@Table(name = "statement_link")
public class StatementLinkEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "statement_id")
    public String statementId;
    @Column(name = "other_id")
    public String otherId;
    public String relation;
    public double score;
    public String evidence;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
