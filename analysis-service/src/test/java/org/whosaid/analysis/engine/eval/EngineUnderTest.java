package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Assumptions;
import org.whosaid.analysis.engine.Extractor;

/** The engine's standard extractor, created once for the regression tests. */
final class EngineUnderTest {
    private static Extractor extractor;

    private EngineUnderTest() {
    }

    static synchronized Extractor get() {
        if (extractor == null) {
            String name = System.getProperty("whosaid.extractor", Extractors.DEFAULT);
            try {
                Class.forName(name);
            } catch (ClassNotFoundException e) {
                Assumptions.abort("extractor " + name + " is not on the classpath yet; skipping");
            }
            extractor = Extractors.load(name);
        }
        return extractor;
    }
}
