package org.whosaid.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.ingest.config.IngestConfig;
import org.whosaid.ingest.store.ArticleVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Drops raw inputs older than {@code whosaid.retention.raw-days} (0 = keep forever); clean bodies stay. */
@ApplicationScoped
public class RawRetention {
    private static final Logger LOG = Logger.getLogger(RawRetention.class);

    @Inject
    IngestConfig config;

    @Scheduled(every = "${whosaid.retention.every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        purge();
        purgeOutbox();
    }

    /** Acknowledged outbox rows are kept {@code whosaid.retention.outbox-done-days} for inspection, then removed. */
    public long purgeOutbox() {
        int days = config.retention().outboxDoneDays();
        if (days <= 0) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(days, ChronoUnit.DAYS);
        return QuarkusTransaction.requiringNew().call(() ->
                org.whosaid.ingest.store.OutboxEntry.delete("status = ?1 and doneAt < ?2", org.whosaid.ingest.store.OutboxEntry.DONE, cutoff));
    }

    public int purge() {
        int days = config.retention().rawDays();
        if (days <= 0) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(days, ChronoUnit.DAYS);
        int n = QuarkusTransaction.requiringNew().call(() ->
                ArticleVersion.update("rawInput = null where ingestedAt < ?1 and rawInput is not null", cutoff));
        if (n > 0) {
            LOG.infof("retention: dropped the raw input of %d article versions older than %d days", n, days);
        }
        return n;
    }
}
