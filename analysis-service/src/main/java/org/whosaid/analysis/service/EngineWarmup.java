package org.whosaid.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.whosaid.analysis.engine.align.Aligner;

import io.quarkus.runtime.StartupEvent;

/** Loads the aligner's lexicon (DE↔EN dictionary, synonyms) in the background at start, so the first article does not wait. */
@ApplicationScoped
public class EngineWarmup {
    private static final Logger LOG = Logger.getLogger(EngineWarmup.class);

    void start(@Observes StartupEvent e, Aligner aligner) {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            String status = aligner.lexicon().status();
            LOG.infof("alignment lexicon ready in %d ms: %s", (System.nanoTime() - t0) / 1_000_000, status);
        }, "whosaid-lexicon-warmup");
        t.setDaemon(true);
        t.start();
    }
}
