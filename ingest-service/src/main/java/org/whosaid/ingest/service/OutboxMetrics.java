package org.whosaid.ingest.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/** The outbox backlog as a gauge ({@code whosaid_outbox_backlog}); refreshed by the dispatcher on every run. */
@ApplicationScoped
@Startup
public class OutboxMetrics {
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Inject
    public OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("whosaid.outbox.backlog", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by the analysis-service").register(registry);
        Gauge.builder("whosaid.outbox.failed", failed, AtomicLong::get)
                .description("Outbox rows refused by the analysis-service (4xx)").register(registry);
    }

    public void changed(long delta) {
        pending.addAndGet(delta);
    }

    public void set(long pendingNow, long failedNow) {
        pending.set(pendingNow);
        failed.set(failedNow);
    }
}
