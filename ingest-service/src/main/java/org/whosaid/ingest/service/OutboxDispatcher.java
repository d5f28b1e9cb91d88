package org.whosaid.ingest.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.ingest.client.AnalysisArticle;
import org.whosaid.ingest.client.AnalysisGateway;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.store.Article;
import org.whosaid.ingest.store.ArticleVersion;
import org.whosaid.ingest.store.OutboxEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.*;

/**
 * Delivers outbox rows to the analysis-service. Each run claims due rows (a conditional UPDATE per row, so
 * several replicas never take the same row), posts them, and records the outcome: 2xx → done, 409 (a newer
 * version is already there) → done, other 4xx → failed with the error, anything else → retried with
 * exponential backoff. Rows of one article are sent in order.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    @Inject
    IngestConfig config;
    @Inject
    AnalysisGateway gateway;
    @Inject
    ObjectMapper json;
    @Inject
    OutboxMetrics metrics;

    private final String instance = UUID.randomUUID().toString();
    private volatile java.util.concurrent.ExecutorService pool;

    /** Deliveries of one pass run in parallel (different articles only, so versions stay in order). */
    private java.util.concurrent.ExecutorService pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, config.outbox().parallelism()), r -> {
                        Thread t = new Thread(r, "outbox-delivery");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return pool;
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Scheduled(every = "${whosaid.outbox.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${whosaid.outbox.initial-delay:1s}")
    void run() {
        if (!config.outbox().enabled()) {
            return;
        }
        try {
            dispatchOnce();
        } catch (RuntimeException e) {
            // e.g. the database is briefly unavailable or the application is stopping: the next run retries
            LOG.debugf("outbox pass failed: %s", e.toString());
        }
    }

    /** One pass: claim, deliver, record. Answers the number of rows handled. */
    public int dispatchOnce() {
        int handled = 0;
        try {
            while (true) {
                List<Long> claimed = QuarkusTransaction.requiringNew().call(this::claim);
                if (claimed.isEmpty()) {
                    break;
                }
                boolean anyOk = false;
                List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
                for (Long id : claimed) {
                    results.add(pool().submit(() -> deliver(id)));
                }
                for (java.util.concurrent.Future<Boolean> f : results) {
                    try {
                        anyOk |= f.get();
                    } catch (java.util.concurrent.ExecutionException ex) {
                        LOG.warnf("outbox delivery failed: %s", ex.getCause().toString());
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        return handled;
                    }
                    handled++;
                }
                if (!anyOk || claimed.size() < config.outbox().batchSize()) {
                    break;
                }
            }
        } finally {
            refreshMetrics();
        }
        return handled;
    }

    public List<Long> claim() {
        Instant now = Instant.now();
        List<OutboxEntry> due = OutboxEntry.<OutboxEntry>find(
                        "status = ?1 and nextAttemptAt <= ?2 and (claimedUntil is null or claimedUntil < ?2) order by id",
                        OutboxEntry.PENDING, now)
                .page(0, config.outbox().batchSize()).list();
        List<Long> out = new ArrayList<>();
        Set<Long> articles = new HashSet<>();
        Instant until = now.plus(config.outbox().claimTimeout());
        for (OutboxEntry e : due) {
            if (!articles.add(e.articleId)) {
                continue; // one row per article per pass keeps versions in order
            }
            long earlier = OutboxEntry.count("articleId = ?1 and status = ?2 and id < ?3", e.articleId, OutboxEntry.PENDING, e.id);
            if (earlier > 0) {
                continue;
            }
            int n = OutboxEntry.update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and status = ?4 and (claimedUntil is null or claimedUntil < ?5)",
                    instance, until, e.id, OutboxEntry.PENDING, now);
            if (n == 1) {
                out.add(e.id);
            }
        }
        return out;
    }

    private boolean deliver(long outboxId) {
        OutboxEntry e = QuarkusTransaction.requiringNew().call(() -> OutboxEntry.findById(outboxId));
        if (e == null || !OutboxEntry.PENDING.equals(e.status)) {
            return true;
        }
        // log correlation: the request that queued the row, and the article, for every line of this delivery
        org.whosaid.ingest.logging.DeliveryContext.enter(e.requestId, e.articleId);
        try {
            return deliver(e);
        } finally {
            org.whosaid.ingest.logging.DeliveryContext.leave();
        }
    }

    private boolean deliver(OutboxEntry e) {
        AnalysisGateway.Result r;
        if (OutboxEntry.DELETE.equals(e.kind)) {
            r = gateway.delete(e.articleId);
            if (r.status() == 404) {
                r = new AnalysisGateway.Result(204, "already absent");
            }
        } else {
            AnalysisArticle payload = QuarkusTransaction.requiringNew().call(() -> payload(e));
            if (payload == null) {
                finish(e.id, OutboxEntry.DONE, "article no longer stored", null);
                return true;
            }
            r = gateway.upsert(payload);
        }
        if (r.ok()) {
            finish(e.id, OutboxEntry.DONE, null, "done");
            return true;
        }
        if (r.status() == 409) {
            finish(e.id, OutboxEntry.DONE, "superseded: " + r.message(), null);
            return true;
        }
        if (r.status() >= 400 && r.status() < 500 && r.status() != 408 && r.status() != 429) {
            LOG.warnf("analysis-service refused article %d v%d: %s", e.articleId, e.version, r.message());
            finish(e.id, OutboxEntry.FAILED, r.message(), "failed");
            return true;
        }
        retry(e.id, r.message());
        return false;
    }

    private AnalysisArticle payload(OutboxEntry e) {
        Optional<ArticleVersion> v = ArticleVersion.find(e.articleId, e.version);
        Article a = Article.findById(e.articleId);
        if (v.isEmpty() || a == null) {
            return null;
        }
        try {
            Snapshot s = json.readValue(v.get().snapshot, Snapshot.class);
            return new AnalysisArticle(e.articleId, e.version, s.url(), s.outlet(), s.title(), s.lead(), s.publishedAt(),
                    s.language(), s.agencies(), s.text(), a.copyOf);
        } catch (Exception ex) {
            throw new IllegalStateException("unreadable snapshot of article " + e.articleId, ex);
        }
    }

    private void finish(long id, String status, String error, String articleStatus) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEntry e = OutboxEntry.findById(id);
            e.status = status;
            e.lastError = truncate(error);
            e.doneAt = Instant.now();
            e.claimedUntil = null;
            e.attempts++;
            if (articleStatus != null && OutboxEntry.UPSERT.equals(e.kind)) {
                Article a = Article.findById(e.articleId);
                if (a != null && a.version == e.version) {
                    a.analysisStatus = articleStatus;
                    a.analysisError = truncate(error);
                }
            }
        });
    }

    private void retry(long id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEntry e = OutboxEntry.findById(id);
            e.attempts++;
            e.lastError = truncate(error);
            e.claimedUntil = null;
            e.nextAttemptAt = Instant.now().plus(backoff(e.attempts));
        });
        LOG.debugf("outbox row %d will be retried: %s", id, error);
    }

    Duration backoff(int attempts) {
        Duration initial = config.outbox().initialBackoff();
        Duration max = config.outbox().maxBackoff();
        long factor = 1L << Math.min(30, Math.max(0, attempts - 1));
        Duration d = initial.multipliedBy(factor);
        return d.compareTo(max) > 0 || d.isNegative() ? max : d;
    }

    private void refreshMetrics() {
        try {
            long[] c = QuarkusTransaction.requiringNew().call(() -> new long[]{
                    OutboxEntry.count("status", OutboxEntry.PENDING), OutboxEntry.count("status", OutboxEntry.FAILED)});
            metrics.set(c[0], c[1]);
        } catch (RuntimeException ex) {
            LOG.debug("outbox metrics not refreshed", ex);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1900 ? s : s.substring(0, 1900);
    }
}
