package org.whosaid.analysis.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Index tables of the alignment and the search (native SQL that runs on H2 and PostgreSQL): blocking keys, statement
 * terms, candidate lookup, and the write lock that serialises alignment across threads and replicas.
 */
@ApplicationScoped
public class AlignStore {

    /** Candidate statement ids sharing one blocking key, other articles only (bounded by the caller's max results). */
    public static final String CANDIDATES_BY_KEY =
            "select statement_id from blocking_key where key_value = ?1 and article_id <> ?2";

    private final EntityManager em;

    public AlignStore(EntityManager em) {
        this.em = em;
    }

    /** Takes the alignment write lock until the transaction ends (SELECT … FOR UPDATE on one row). */
    public void lock() {
        em.createNativeQuery("select id from align_lock where id = 1 for update").getResultList();
    }

    public void insertKeys(String statementId, long articleId, Collection<String> keys) {
        insertRows("blocking_key", "key_value", statementId, articleId, keys);
    }

    public void insertTerms(String statementId, long articleId, Collection<String> terms) {
        insertRows("statement_term", "term", statementId, articleId, terms);
    }

    private void insertRows(String table, String column, String statementId, long articleId, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (").append(column)
                .append(", statement_id, article_id) values ");
        List<String> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                    .append(", ?").append(3 * i + 3).append(")");
        }
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < list.size(); i++) {
            q.setParameter(3 * i + 1, list.get(i));
            q.setParameter(3 * i + 2, statementId);
            q.setParameter(3 * i + 3, articleId);
        }
        q.executeUpdate();
    }

    /**
     * Candidate statement ids for a set of blocking keys, ranked by the number of keys they share, at most
     * {@code rowsPerKey} rows read per key and {@code max} returned: bounded work whatever the corpus size.
     */
    @SuppressWarnings("unchecked")
    public List<String> candidates(Collection<String> keys, long excludeArticleId, int rowsPerKey, int max) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String key : keys) {
            List<Object> ids = em.createNativeQuery(CANDIDATES_BY_KEY).setParameter(1, key)
                    .setParameter(2, excludeArticleId).setMaxResults(rowsPerKey).getResultList();
            for (Object id : ids) {
                hits.merge((String) id, 1, Integer::sum);
            }
        }
        return rank(hits, max);
    }

    /**
     * The best candidates: those sharing at least two keys first (up to {@code max}), then at most {@code max / 4}
     * sharing a single key (a lone common term rarely marks the same utterance).
     */
    public static List<String> rank(Map<String, Integer> hits, int max) {
        List<String> out = new ArrayList<>();
        hits.entrySet().stream().filter(e -> e.getValue() >= 2).sorted((a, b) -> b.getValue() - a.getValue())
                .limit(max).forEach(e -> out.add(e.getKey()));
        hits.entrySet().stream().filter(e -> e.getValue() < 2).limit(Math.min(max - out.size(), max / 4))
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    public void deleteIndexesOfArticle(long articleId) {
        em.createNativeQuery("delete from blocking_key where article_id = ?1").setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("delete from statement_term where article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    public void deleteIndexesOfStatement(String statementId) {
        em.createNativeQuery("delete from blocking_key where statement_id = ?1").setParameter(1, statementId).executeUpdate();
        em.createNativeQuery("delete from statement_term where statement_id = ?1").setParameter(1, statementId).executeUpdate();
    }
}
