package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** Shared set-up of the reliability tests: the packaged jars, temp data dirs, timeouts. */
final class ReliabilitySupport {

    /** Generous bounds for waiting (never asserted as speed): start-up, and how long the outbox may stay stuck. */
    static final Duration START = Duration.ofMinutes(3);
    static final Duration DRAIN = Duration.ofMinutes(3);

    private ReliabilitySupport() {
    }

    static void assumeJars() {
        for (String m : new String[] {"ingest-service", "analysis-service"}) {
            Assumptions.assumeTrue(Files.exists(ServiceProcess.jar(m)),
                    "skipped: " + ServiceProcess.jar(m) + " is missing (run ./mvnw package or the full reactor build)");
        }
    }

    /** The ingest-service's dispatcher, tuned so a test does not wait for long backoffs (keys of the ingest config). */
    static ServiceProcess ingest(int port, Path dataDir, int analysisPort, String log) {
        ServiceProcess p = new ServiceProcess("ingest-service", port, dataDir, log);
        p.env.put("WHOSAID_ANALYSIS_URL", "http://127.0.0.1:" + analysisPort);
        // retry a dead analysis-service every 2 s at most (default 5 min), so the drain starts soon after it returns
        p.env.put("WHOSAID_OUTBOX_MAX_BACKOFF", "2s");
        p.env.put("WHOSAID_OUTBOX_INITIAL_BACKOFF", "0.5s");
        // outbound fetches are not used by these tests; feeds off keeps the child quiet
        p.env.put("WHOSAID_FEEDS_ENABLED", "false");
        return p;
    }

    static ServiceProcess analysis(int port, Path dataDir, String log) {
        return new ServiceProcess("analysis-service", port, dataDir, log);
    }

    /** Count of statements in a statements answer: a JSON array, or a page {items,total}. */
    static int statementCount(JsonNode body) {
        if (body == null) {
            return -1;
        }
        if (body.isArray()) {
            return body.size();
        }
        if (body.has("total")) {
            return body.get("total").asInt();
        }
        if (body.has("statements") && body.get("statements").isArray()) {
            return body.get("statements").size();
        }
        return body.path("items").size();
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
