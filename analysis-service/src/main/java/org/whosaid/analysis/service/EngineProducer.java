package org.whosaid.analysis.service;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.align.AlignConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.jboss.logging.Logger;
import org.whosaid.analysis.engine.align.ConflictFinder;
import org.whosaid.analysis.engine.align.Embedder;
import org.whosaid.analysis.engine.align.Lexicon;
import org.whosaid.analysis.engine.registry.PersonRegistry;

/** The plain-Java engine as CDI singletons (thread-safe, created once). */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return Pipeline.standard();
    }

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @ApplicationScoped
    Aligner aligner(WhosaidConfig config) {
        AlignConfig d = AlignConfig.defaults();
        AlignConfig c = new AlignConfig(config.analysis().sameThreshold().orElse(d.sameThreshold()),
                config.analysis().relatedThreshold().orElse(d.relatedThreshold()), d.maxDaysApart(),
                d.maxCandidates(), config.analysis().alsoThreshold().orElse(d.alsoThreshold()));
        WhosaidConfig.Align.Embedding e = config.align().embedding();
        Embedder embedder = null;
        String status;
        if (e.modelPath().isEmpty() && e.tokenizerPath().isEmpty()) {
            status = "off (whosaid.align.embedding.model-path and tokenizer-path not set)";
        } else if (e.modelPath().isEmpty() || e.tokenizerPath().isEmpty()) {
            status = "off (set both whosaid.align.embedding.model-path and tokenizer-path)";
        } else {
            try {
                embedder = Embedder.load(Path.of(e.modelPath().get()), Path.of(e.tokenizerPath().get()), e.maxTokens());
                status = embedder.status();
            } catch (IOException | RuntimeException | LinkageError ex) {
                // a broken model file must not stop the service: the signal stays off and health says why
                status = "off (" + ex.getMessage() + ")";
                LOG.warnf("sentence embeddings off: %s", ex.getMessage());
            }
        }
        return new Aligner(c, Lexicon.standard(), embedder, status);
    }

    @Produces
    @ApplicationScoped
    ConflictFinder conflictFinder() {
        return new ConflictFinder();
    }

    @Produces
    @ApplicationScoped
    PersonRegistry personRegistry() {
        return new PersonRegistry();
    }
}
