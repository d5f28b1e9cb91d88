package org.whosaid.ingest.health;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.whosaid.ingest.service.OutboxState;

/** Ready when the database answers; the outbox backlog is reported as data and never fails readiness. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("ingest-database");
        try {
            OutboxState s = QuarkusTransaction.requiringNew().call(OutboxState::read);
            b.up().withData("outboxPending", s.pending()).withData("outboxFailed", s.failed());
            if (s.oldestPendingAt() != null) {
                b.withData("outboxOldestPendingAt", s.oldestPendingAt());
            }
        } catch (RuntimeException e) {
            b.down().withData("error", e.getClass().getSimpleName());
        }
        return b.build();
    }
}
