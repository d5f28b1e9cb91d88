package org.whosaid.analysis.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.align.Aligner;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Ready when the database answers; reports the counts and the engine's lexicon status (as data, never failing on it). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final EntityManager em;
    private final Aligner aligner;
    private final Extractor extractor;

    public DatabaseReadiness(EntityManager em, Aligner aligner, Extractor extractor) {
        this.em = em;
        this.aligner = aligner;
        this.extractor = extractor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("analysis-database");
        try {
            Number articles = QuarkusTransaction.requiringNew().call(() ->
                    (Number) em.createNativeQuery("select count(*) from align_lock").getSingleResult());
            b.up().withData("lockRows", articles.longValue());
        } catch (RuntimeException e) {
            b.down().withData("error", e.getClass().getSimpleName());
        }
        b.withData("lexicon", aligner.lexicon().status());
        b.withData("embedding", aligner.embeddingStatus());
        b.withData("extractorVersion", extractor.version());
        return b.build();
    }
}
