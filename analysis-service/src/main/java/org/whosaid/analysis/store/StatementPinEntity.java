package org.whosaid.analysis.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What people decided about one statement, keyed by (article, quote) so that re-analysis keeps it: the cluster it
 * belongs to, clusters it must not join (comma-separated ids), a corrected speaker.
 */
@Entity
@Table(name = "statement_pin")
public class StatementPinEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public long articleId;
    @Column(name = "quote_key")
    public String quoteKey;
    @Column(name = "pinned_cluster_id")
    public Long pinnedClusterId;
    @Column(name = "rejected_clusters")
    public String rejectedClusters;
    @Column(name = "speaker_name")
    public String speakerName;
    @Column(name = "speaker_entity_id")
    public String speakerEntityId;

    public boolean rejects(long clusterId) {
        if (rejectedClusters == null || rejectedClusters.isBlank()) {
            return false;
        }
        for (String s : rejectedClusters.split(",")) {
            if (s.trim().equals(Long.toString(clusterId))) {
                return true;
            }
        }
        return false;
    }
}
