package org.whosaid.analysis.service;

import java.time.OffsetDateTime;

import org.whosaid.analysis.store.ClusterLinkEntity;

/**
 * RELATED links between clusters, found by alignment ("auto") or marked by a person ("human", which wins). One link at
 * a time (a person's decision); an alignment gathers its links and writes them once ({@link
 * org.whosaid.analysis.store.RelatedLinks}, the same rows).
 */
final class ClusterLinks {

    private ClusterLinks() {
    }

    /** Stores (or strengthens) a RELATED link between two clusters. */
    static void relate(long a, long b, double score, String evidence, String source) {
        if (a == b) {
            return;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        ClusterLinkEntity l = ClusterLinkEntity.find("clusterA = ?1 and clusterB = ?2", lo, hi).firstResult();
        if (l == null) {
            l = new ClusterLinkEntity();
            l.clusterA = lo;
            l.clusterB = hi;
            l.score = score;
            l.evidence = evidence;
            l.source = source;
            l.createdAt = OffsetDateTime.now();
            l.persist();
        } else if ("human".equals(source) || (!"human".equals(l.source) && score > l.score)) {
            l.score = Math.max(score, l.score);
            l.evidence = evidence;
            l.source = source;
        }
    }
}
