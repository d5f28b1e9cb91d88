package org.whosaid.analysis.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The renderings a cluster shows beside its own members because they also carry its utterance (statement_also, V9),
 * e.g. statement "17-s-2" (in cluster 4) also in cluster 9 with weight 0.58.
 */
@ApplicationScoped
public class AlsoStore {

    /** A row: the statement, the further cluster, the mean weight. */
    public record Row(String statementId, long clusterId, double weight) {
    }

    private final EntityManager em;

    public AlsoStore(EntityManager em) {
        this.em = em;
    }

    /** Replaces what the given statements are also shown in (a regrouped neighbourhood) by {@code rows}. */
    public void replace(Collection<String> statementIds, List<Row> rows) {
        List<String> ids = new ArrayList<>(statementIds);
        for (int from = 0; from < ids.size(); from += 200) {
            em.createNativeQuery("delete from statement_also where statement_id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 200))).executeUpdate();
        }
        for (Row r : rows) {
            em.createNativeQuery("insert into statement_also (statement_id, cluster_id, weight) values (?1, ?2, ?3)")
                    .setParameter(1, r.statementId()).setParameter(2, r.clusterId()).setParameter(3, r.weight())
                    .executeUpdate();
        }
    }

    /** Statement id → weight of the renderings shown also in the cluster, whose own cluster is another one. */
    public Map<String, Double> of(long clusterId) {
        Map<String, Double> out = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("select a.statement_id, a.weight from statement_also a join statement s "
                + "on s.id = a.statement_id where a.cluster_id = ?1 and (s.cluster_id is null or s.cluster_id <> ?1)")
                .setParameter(1, clusterId).getResultList()) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], ((Number) r[1]).doubleValue());
        }
        return out;
    }
}
