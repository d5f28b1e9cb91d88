package org.whosaid.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.align.AlignConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.ConflictFinder;
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

    @Produces
    @ApplicationScoped
    Aligner aligner(WhosaidConfig config) {
        AlignConfig d = AlignConfig.defaults();
        AlignConfig c = new AlignConfig(config.analysis().sameThreshold().orElse(d.sameThreshold()),
                config.analysis().relatedThreshold().orElse(d.relatedThreshold()), d.maxDaysApart(),
                d.maxCandidates());
        return new Aligner(c, Lexicon.standard());
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
