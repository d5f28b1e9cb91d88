package org.whosaid.analysis.store;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** RELATED link between two clusters (clusterA < clusterB); source "auto" (alignment) or "human" (a decision). */
@Entity
@Table(name = "cluster_link")
public class ClusterLinkEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cluster_a")
    public long clusterA;
    @Column(name = "cluster_b")
    public long clusterB;
    public double score;
    public String evidence;
    public String source;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
