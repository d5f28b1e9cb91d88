package org.whosaid.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.store.Article;
import org.whosaid.ingest.store.ArticleVersion;
import org.whosaid.ingest.store.OutboxEntry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Stores articles: same identity (URL, or content hash without URL) and same body → the known article;
 * same URL and a new body → a new version of the same id. The article, its version row and its outbox row
 * commit in one transaction.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    /** The stored article and whether this call created it (or a new version of it). */
    public record Outcome(long id, int version, boolean created) {
    }

    @Inject
    ExtractionService extraction;
    @Inject
    ObjectMapper json;
    @Inject
    IngestConfig config;
    @Inject
    OutboxMetrics metrics;

    public Outcome ingest(IngestRequest req) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Extracted x = extraction.extract(req, now);
        return store(x, now.toInstant());
    }

    public Outcome store(Extracted x, Instant now) {
        String hash = Fingerprints.contentHash(x.text());
        String ident = x.url() != null ? "url:" + Fingerprints.normalizeUrl(x.url()) : "hash:" + hash;
        if (ident.length() > 2200) {
            throw ApiException.badRequest("url-too-long", "the URL is longer than 2000 characters");
        }
        long simhash = Fingerprints.simhash(x.text());
        for (int attempt = 0; ; attempt++) {
            try {
                Outcome o = QuarkusTransaction.requiringNew().call(() -> storeTx(x, ident, hash, simhash, now));
                if (o.created()) {
                    metrics.changed(1);
                }
                return o;
            } catch (RuntimeException e) {
                // A concurrent submission of the same article won the unique constraint: read it again.
                if (attempt >= 2 || !isConstraintViolation(e)) {
                    throw e;
                }
                LOG.debugf("retrying after concurrent insert of %s", ident);
            }
        }
    }

    private Outcome storeTx(Extracted x, String ident, String hash, long simhash, Instant now) {
        Article a = Article.<Article>find("ident", ident).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (a != null && a.contentHash.equals(hash)) {
            return new Outcome(a.id, a.version, false);
        }
        boolean isNew = a == null;
        if (isNew) {
            a = new Article();
            a.ident = ident;
            a.version = 1;
        } else {
            a.version++;
        }
        a.url = x.url();
        a.outlet = x.outlet();
        a.title = x.title();
        a.lead = x.lead();
        a.publishedAt = x.publishedAt();
        a.publishedUtc = x.publishedAt() == null ? null : OffsetDateTime.parse(x.publishedAt()).toInstant();
        a.language = x.language();
        a.agencies = String.join("|", x.agencies());
        a.authors = String.join("|", x.authors());
        a.body = x.text();
        a.contentHash = hash;
        a.simhash = simhash;
        a.analysisStatus = "pending";
        a.analysisError = null;
        a.ingestedAt = now;
        if (isNew) {
            a.persist();
            a.flush();
        }
        a.copyOf = findOriginal(a, x.text(), simhash);
        Snapshot s = new Snapshot(x.url(), x.outlet(), x.title(), x.kicker(), x.lead(), x.publishedAt(), x.language(),
                x.agencies(), x.authors(), x.text(), x.sections(), x.provenance(), hash);
        ArticleVersion v = new ArticleVersion();
        v.articleId = a.id;
        v.version = a.version;
        v.contentHash = hash;
        v.title = a.title;
        v.ingestedAt = now;
        v.rawType = x.rawType();
        v.rawInput = x.raw();
        try {
            v.snapshot = json.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        v.persist();
        OutboxEntry.pending(a.id, a.version, OutboxEntry.UPSERT).persist();
        return new Outcome(a.id, a.version, true);
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t.getMessage() != null && t.getMessage().toLowerCase().contains("unique"))) {
                return true;
            }
        }
        return false;
    }

    /** The earliest article with a near-identical body under another identity (an agency text run elsewhere). */
    private Long findOriginal(Article a, String body, long simhash) {
        List<Object[]> rows = Article.getEntityManager()
                .createQuery("select id, simhash, copyOf from Article where id <> ?1 and simhash is not null order by id desc", Object[].class)
                .setParameter(1, a.id)
                .setMaxResults(config.duplicates().recentWindow())
                .getResultList();
        // Candidates by SimHash distance; only the closest few are verified by shingle overlap, and the first
        // verified one decides (all copies of a report share its root), so the cost per article stays bounded.
        List<Object[]> near = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            int d = Long.bitCount((Long) r[1] ^ simhash);
            if (d <= config.duplicates().maxHamming()) {
                near.add(new Object[]{r[0], d});
            }
        }
        near.sort(java.util.Comparator.comparingInt((Object[] x) -> (Integer) x[1]).thenComparing(x -> (Long) x[0]));
        Set<String> mine = null;
        Long best = null;
        for (Object[] r : near.subList(0, Math.min(near.size(), config.duplicates().maxVerify()))) {
            Article cand = Article.findById(r[0]);
            if (mine == null) {
                mine = Fingerprints.shingles(body, 3);
            }
            if (Fingerprints.jaccard(mine, Fingerprints.shingles(cand.body, 3)) >= config.duplicates().minJaccard()) {
                best = cand.copyOf != null ? cand.copyOf : cand.id;
                break;
            }
        }
        return best != null && best < a.id ? best : null;
    }

    /** Takedown: removes the article and its versions and queues the deletion for the analysis-service. */
    public boolean delete(long id) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> {
            Article a = Article.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                return false;
            }
            OutboxEntry.update("status = ?1, lastError = ?2, doneAt = ?3 where articleId = ?4 and status = ?5 and kind = ?6",
                    OutboxEntry.DONE, "superseded by takedown", Instant.now(), id, OutboxEntry.PENDING, OutboxEntry.UPSERT);
            ArticleVersion.delete("articleId", id);
            Article.update("copyOf = null where copyOf = ?1", id);
            OutboxEntry.pending(id, a.version, OutboxEntry.DELETE).persist();
            a.delete();
            return true;
        });
        if (done) {
            metrics.changed(1);
        }
        return done;
    }
}
