package org.whosaid.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points whosaid.analysis.url at the fake's loopback port (not listening until a test starts it). */
public class FakeAnalysisResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("whosaid.analysis.url", "http://127.0.0.1:" + FakeAnalysis.PORT);
    }

    @Override
    public void stop() {
        FakeAnalysis.stop();
    }
}
