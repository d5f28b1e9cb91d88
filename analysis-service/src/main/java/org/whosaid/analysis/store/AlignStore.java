package org.whosaid.analysis.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.whosaid.analysis.engine.align.Grouping;

/**
 * Index tables of the alignment and the search (native SQL that runs on H2 and PostgreSQL): blocking keys, statement
 * terms, candidate lookup, and the write lock that serialises alignment across threads and replicas.
 */
@ApplicationScoped
public class AlignStore {

    private final EntityManager em;

    public AlignStore(EntityManager em) {
        this.em = em;
    }

    /** Takes the alignment write lock until the transaction ends (SELECT … FOR UPDATE on one row). */
    public void lock() {
        em.createNativeQuery("select id from align_lock where id = 1 for update").getResultList();
    }

    /** Stores a statement's blocking keys with its time (one JDBC batch on the transaction's connection). */
    public void insertKeys(String statementId, long articleId, OffsetDateTime at, Collection<String> keys) {
        work(c -> {
            AlignIndex.insertKeys(c, statementId, articleId, at, keys);
            return null;
        });
    }

    /** Stores a statement's search terms (one JDBC batch). */
    public void insertTerms(String statementId, long articleId, OffsetDateTime publishedAt, Collection<String> terms) {
        work(c -> {
            AlignIndex.insertTerms(c, statementId, articleId, publishedAt, terms);
            return null;
        });
    }

    /**
     * Candidate statement ids for a set of blocking keys, ranked by the number of keys they share: one query, at
     * most {@code rowsPerKey} rows read per key (newest first up to a little after {@code at}) and {@code max}
     * returned: bounded work whatever the corpus size.
     */
    public List<String> candidates(List<String> keys, OffsetDateTime at, long excludeArticleId, int rowsPerKey, int max) {
        return rank(work(c -> AlignIndex.hits(c, keys, at, excludeArticleId, rowsPerKey)), max);
    }

    /** The compare columns of the candidates (one query; no entities are loaded into the session). */
    public List<AlignIndex.Candidate> load(List<String> ids) {
        return work(c -> AlignIndex.load(c, ids));
    }

    /** Runs JDBC work on the transaction's connection (SQL errors surface as Hibernate's JDBCException). */
    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    /**
     * The best candidates: those sharing at least two keys first (most shared first, up to {@code max}), then at
     * most {@code max / 4} sharing a single selective key (a lone common term rarely marks the same utterance; a key
     * that filled its row quota is not selective).
     */
    public static List<String> rank(AlignIndex.Hits hits, int max) {
        List<String> out = new ArrayList<>();
        hits.shared().entrySet().stream().filter(e -> e.getValue() >= 2).sorted((a, b) -> b.getValue() - a.getValue())
                .limit(max).forEach(e -> out.add(e.getKey()));
        hits.shared().entrySet().stream().filter(e -> e.getValue() < 2 && hits.selective().contains(e.getKey()))
                .limit(Math.max(0, Math.min(max - out.size(), max / 4))).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** Stores the scored pairs a new statement formed with stored ones (one JDBC batch, {@link AlignIndex#insertEdges}). */
    public void insertEdges(String statementId, Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return;
        }
        work(c -> {
            AlignIndex.insertEdges(c, statementId, weights);
            return null;
        });
    }

    /**
     * The scored pairs that touch any of the statements (both directions), read in chunks of 200 ids on the
     * transaction's connection ({@link AlignIndex#edgesOf}; the pairs are written by JDBC too, so no flush is needed).
     */
    public List<Grouping.Edge> edgesOf(Collection<String> ids) {
        return work(c -> AlignIndex.edgesOf(c, ids));
    }

    /**
     * The clusters of the given statements, read at once on the transaction's connection ({@link
     * EvidenceRows#clustersOf}) after a flush, so that the read sees this transaction's regrouping.
     */
    public Map<String, Long> clustersOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        em.flush();
        return work(c -> EvidenceRows.clustersOf(c, ids));
    }

    /** Stores the evidence of one alignment: its statement links, then its RELATED cluster links (JDBC batches). */
    public void storeEvidence(List<EvidenceRows.Link> links, RelatedLinks related, OffsetDateTime now) {
        work(c -> {
            EvidenceRows.insertLinks(c, links, now);
            related.store(c, now);
            return null;
        });
    }

    public void deleteIndexesOfArticle(long articleId) {
        em.createNativeQuery("delete from statement_also where statement_id in (select id from statement where article_id = ?1)")
                .setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("delete from statement_edge where statement_id in (select id from statement where article_id = ?1)")
                .setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("delete from statement_edge where other_id in (select id from statement where article_id = ?1)")
                .setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("delete from blocking_key where statement_id in (select id from statement where article_id = ?1)")
                .setParameter(1, articleId).executeUpdate();
        em.createNativeQuery("delete from statement_term where article_id = ?1").setParameter(1, articleId).executeUpdate();
    }

    /** A statement's search terms replaced (its speaker was corrected). */
    public void replaceTerms(String statementId, long articleId, OffsetDateTime publishedAt, Collection<String> terms) {
        em.createNativeQuery("delete from statement_term where statement_id = ?1").setParameter(1, statementId).executeUpdate();
        insertTerms(statementId, articleId, publishedAt, terms);
    }

    public void deleteIndexesOfStatement(String statementId) {
        em.createNativeQuery("delete from statement_also where statement_id = ?1").setParameter(1, statementId).executeUpdate();
        em.createNativeQuery("delete from statement_edge where statement_id = ?1 or other_id = ?1").setParameter(1, statementId).executeUpdate();
        em.createNativeQuery("delete from blocking_key where statement_id = ?1").setParameter(1, statementId).executeUpdate();
        em.createNativeQuery("delete from statement_term where statement_id = ?1").setParameter(1, statementId).executeUpdate();
    }
}
