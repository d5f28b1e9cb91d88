package org.whosaid.web.fake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Starts fakes of the ingest- and analysis-service for {@code @QuarkusTest}s and points the web-ui at them. */
public class FakeServices implements QuarkusTestResourceLifecycleManager {
    public static final FakeApi INGEST = new FakeApi();
    public static final FakeApi ANALYSIS = new FakeApi();

    @Override
    public Map<String, String> start() {
        INGEST.start();
        ANALYSIS.start();
        return Map.of("whosaid.ingest.url", INGEST.url(), "whosaid.analysis.url", ANALYSIS.url(),
                "whosaid.web.admin-password", "test-web-admin-pw", "whosaid.web.secure-cookies", "false",
                "whosaid.data-dir", "target/test-data-fake");
    }

    @Override
    public void stop() {
        INGEST.stop();
        ANALYSIS.stop();
    }
}
