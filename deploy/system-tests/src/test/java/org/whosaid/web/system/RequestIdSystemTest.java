package org.whosaid.web.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log correlation across services: an article posted to the ingest-service with {@code X-Request-Id} is handed to the
 * analysis-service by the outbox dispatcher with the same request id, and the analysis-service's log line for that
 * hand-off carries the request id and the article id (the services' real logs, see {@link SystemUnderTest#logOf}).
 */
class RequestIdSystemTest {
    static final ObjectMapper M = new ObjectMapper();
    SystemUnderTest sut;

    @BeforeEach
    void sut() {
        Assumptions.assumeTrue(SystemResource.sut() != null,
                "service jars not built: run ./mvnw -pl ingest-service,analysis-service,web-ui package -DskipTests");
        sut = SystemResource.sut();
    }

    @Test
    void theRequestIdOfAnIngestReachesTheAnalysisServicesLog() throws Exception {
        String requestId = "newsroom-import-" + System.nanoTime();
        ObjectNode article = M.createObjectNode()
                .put("url", "https://moorbote.example/kreis/" + requestId)
                .put("title", "Kreistag streitet über Moorbahn")
                .put("text", "Der Kreistag von Torfhausen hat am Donnerstag über die Moorbahn gestritten. "
                        + "„Die Strecke wird 2032 fertig“, sagte Landrätin Ilka Brennecke nach der Sitzung. "
                        + "Die Opposition erklärte, die Kosten seien viel zu hoch.");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sut.ingestUrl() + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + sut.adminKey())
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(M.writeValueAsString(article), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(requestId, r.headers().firstValue("X-Request-Id").orElse(null), "echoed by the ingest-service");
        long id = M.readTree(r.body()).path("id").asLong();
        assertTrue(new Services(sut).awaitAnalysed(List.of(id), Duration.ofSeconds(180)).isEmpty(), "analysed in time");

        String wanted = "[req=" + requestId + " art=" + id + "]";
        String line = awaitLine(SystemUnderTest.ANALYSIS, wanted);
        assertTrue(line != null && line.contains("api/articles -> 20"),
                "the analysis-service logged the hand-off with request and article id " + wanted + ":\n" + sut.tail(SystemUnderTest.ANALYSIS));
        assertTrue(awaitLine(SystemUnderTest.INGEST, "[req=" + requestId + " ") != null,
                "the ingest-service logged the request with its id:\n" + sut.tail(SystemUnderTest.INGEST));
    }

    /** The first log line of a service containing {@code text} (logs are flushed line by line; waits briefly). */
    String awaitLine(String service, String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (String l : Files.readAllLines(sut.logOf(service), StandardCharsets.UTF_8)) {
                if (l.contains(text)) return l;
            }
            Thread.sleep(100);
        }
        return null;
    }
}
