package org.whosaid.analysis.engine;

import org.whosaid.analysis.engine.model.ExtractionResult;

/**
 * The analysis engine's entry point: plain Java, no Quarkus, thread-safe, reusable. {@code language} may be null
 * ("de" or "en" is then detected).
 */
public interface Extractor {
    ExtractionResult extract(String text, String language);

    String version();
}
