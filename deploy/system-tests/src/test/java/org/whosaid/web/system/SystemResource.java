package org.whosaid.web.system;

import java.nio.file.Files;
import java.util.Map;

/**
 * The whole system for the journey tests ({@link SystemTest}, {@link RequestIdSystemTest}, the browser test): one
 * {@link SystemUnderTest} per test JVM with all three packaged services started (analysis, ingest, then the web-ui
 * pointed at both), shared by every test class using it and stopped when the JVM exits. When a jar is missing it starts
 * nothing and {@link #sut()} answers null, so tests skip.
 */
public final class SystemResource {
    /** The web-ui's admin password here (its login form; {@code WHOSAID_WEB_ADMIN_PASSWORD}). */
    public static final String ADMIN_PASSWORD = "system-test-admin-pw";
    private static SystemUnderTest shared;
    private static RuntimeException failed;
    private static boolean tried;

    private SystemResource() {
    }

    /** The running system, started on first use; null when the jars were not built. */
    public static synchronized SystemUnderTest sut() {
        if (failed != null) throw failed;
        if (tried) return shared;
        tried = true;
        if (!SystemUnderTest.available() || !Files.isRegularFile(SystemUnderTest.jar(SystemUnderTest.WEB))) return null;
        SystemUnderTest s = SystemUnderTest.start(Map.of("WHOSAID_WEB_ADMIN_PASSWORD", ADMIN_PASSWORD));
        try {
            s.startWeb();
        } catch (RuntimeException e) {
            s.close();
            failed = e;
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        shared = s;
        return shared;
    }
}
