package org.whosaid.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a newcomer does with the launcher: {@code ./whosaid up} in one shell shows progress and blocks,
 * {@code status} from another shell sees its services (and not another copy's), {@code stop} ends it cleanly, and a
 * second copy on the same ports is refused naming every busy port. Uses the packaged jars (skips when missing).
 */
class LauncherTest {

    @Test
    void upThenStatusAndStopFromAnotherShell() throws Exception {
        Path root = SystemUnderTest.root();
        assumeTrue(Files.isRegularFile(root.resolve("whosaid")), "no launcher");
        for (String m : List.of("web-ui", "ingest-service", "analysis-service")) {
            assumeTrue(Files.isRegularFile(root.resolve(m + "/target/quarkus-app/quarkus-run.jar")), "jars not built: " + m);
        }
        Path data = Files.createTempDirectory("whosaid-launcher");
        Path other = Files.createTempDirectory("whosaid-launcher-other");
        Map<String, String> env = Map.of("WHOSAID_DATA_DIR", data.toString(), "WHOSAID_WEB_PORT", String.valueOf(freePort()),
                "WHOSAID_INGEST_PORT", String.valueOf(freePort()), "WHOSAID_ANALYSIS_PORT", String.valueOf(freePort()),
                "WHOSAID_NO_SAMPLES", "1");
        Path upLog = data.resolve("up-output.txt");
        ProcessBuilder pb = new ProcessBuilder(root.resolve("whosaid").toString(), "up").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(upLog.toFile());
        pb.environment().putAll(env);
        Process up = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (!read(upLog).contains("whosaid is running") && up.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            String out = read(upLog);
            assertTrue(out.contains("whosaid is running: http://localhost:" + env.get("WHOSAID_WEB_PORT")), out);
            for (String m : List.of("analysis-service", "ingest-service", "web-ui")) {
                assertTrue(out.contains(m + " ready ("), "progress names " + m + ": " + out);
            }
            assertTrue(out.matches("(?s).*up in \\d+ s.*"), "time taken: " + out);
            assertTrue(up.isAlive(), "up blocks in the foreground");

            Result status = run(root, env, "status");
            assertEquals(0, status.code, status.out);
            assertEquals(3, status.out.lines().filter(l -> l.matches("\\S+\\s+\\d+\\s+pid \\d+\\s+UP\\s+UP\\s*")).count(),
                    "status sees the three services of up: " + status.out);

            Map<String, String> otherEnv = new java.util.HashMap<>(env);
            otherEnv.put("WHOSAID_DATA_DIR", other.toString());
            Result foreign = run(root, otherEnv, "status");
            assertEquals(1, foreign.code, foreign.out);
            assertFalse(foreign.out.contains(" UP "), "another data directory never reports up's services as its own: " + foreign.out);
            assertEquals(3, foreign.out.lines().filter(l -> l.contains(" other ")).count(), foreign.out);

            Result second = run(root, otherEnv, "start");
            assertEquals(1, second.code, second.out);
            for (String port : List.of(env.get("WHOSAID_WEB_PORT"), env.get("WHOSAID_INGEST_PORT"), env.get("WHOSAID_ANALYSIS_PORT"))) {
                assertTrue(second.out.contains(port + " ("), "every busy port named at once: " + second.out);
            }

            Result stop = run(root, env, "stop");
            assertEquals(0, stop.code, stop.out);
            assertTrue(up.waitFor(60, TimeUnit.SECONDS), "up ends after stop");
            assertEquals(0, up.exitValue(), read(upLog));
            try (var files = Files.list(data.resolve("run"))) {
                assertEquals(List.of(), files.toList(), "no pid file left");
            }
            Result after = run(root, env, "status");
            assertEquals(3, after.out.lines().filter(l -> l.contains(" stopped ")).count(), after.out);
        } finally {
            if (up.isAlive()) {
                run(root, env, "stop");
                up.destroy();
            }
        }
    }

    record Result(int code, String out) {
    }

    static Result run(Path root, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(root.resolve("whosaid").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", args) + " finished");
        return new Result(p.exitValue(), out);
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
