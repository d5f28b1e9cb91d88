package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.whosaid.web.system.SystemUnderTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Shared set-up of the reliability tests: the packaged jars, temp data dirs, timeouts. */
final class ReliabilitySupport {

    /** Generous bound for waiting (never asserted as speed): how long the outbox may stay stuck. */
    static final Duration DRAIN = Duration.ofMinutes(3);

    private ReliabilitySupport() {
    }

    /**
     * Environment of the child services: the reliability admin key, and the ingest-service's dispatcher tuned so a test
     * does not wait for long backoffs (retry a dead analysis-service every 2 s at most instead of 5 min); feeds off.
     */
    static final Map<String, String> ENV = Map.of(
            "WHOSAID_ADMIN_API_KEY", Api.ADMIN_KEY,
            "WHOSAID_OUTBOX_MAX_BACKOFF", "2s",
            "WHOSAID_OUTBOX_INITIAL_BACKOFF", "0.5s",
            "WHOSAID_FEEDS_ENABLED", "false");

    static void assumeJars() {
        Assumptions.assumeTrue(SystemUnderTest.available(), "skipped: " + SystemUnderTest.jar(SystemUnderTest.INGEST) + " or "
                + SystemUnderTest.jar(SystemUnderTest.ANALYSIS) + " is missing (run ./mvnw package or the full reactor build)");
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
