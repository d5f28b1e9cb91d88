package org.whosaid.web.system;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points the web-ui under test at real services: one {@link SystemUnderTest} per test JVM, shared by every test class
 * using this resource and stopped when the JVM exits. When the jars are missing it starts nothing and tests skip
 * ({@link #sut()} is null).
 */
public class SystemResource implements QuarkusTestResourceLifecycleManager {
    private static SystemUnderTest shared;

    public static synchronized SystemUnderTest sut() {
        return shared;
    }

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> cfg = new HashMap<>();
        cfg.put("whosaid.web.secure-cookies", "false");
        cfg.put("whosaid.web.admin-password", "system-test-admin-pw");
        cfg.put("whosaid.data-dir", "target/test-data-system");
        if (!SystemUnderTest.available()) return cfg;
        synchronized (SystemResource.class) {
            if (shared == null) {
                shared = SystemUnderTest.start();
                SystemUnderTest s = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(s::close));
            }
        }
        cfg.put("whosaid.ingest.url", shared.ingestUrl());
        cfg.put("whosaid.analysis.url", shared.analysisUrl());
        cfg.put("whosaid.auth.admin-key", shared.adminKey());
        return cfg;
    }

    @Override
    public void stop() {
        // shared across test classes; closed by the shutdown hook
    }
}
