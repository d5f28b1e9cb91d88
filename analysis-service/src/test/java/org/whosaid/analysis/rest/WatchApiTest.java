package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.service.WebhookDelivery;
import org.whosaid.analysis.service.WebhookSignature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A fact-checker watches a statement: a second outlet's rendering appears in the watch's Atom feed and reaches its
 * webhook once, signed with the secret shown at creation; a watch on the speaker shows the conflict on her numbers; a failing receiver is retried
 * later without losing events; bad watches get a 400 naming the field; only a key may create or delete one.
 */
@QuarkusTest
class WatchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUOTE = "Wir werden die Brücke bis zum Herbst fertigstellen";

    @Inject
    WebhookDelivery delivery;

    private HttpServer receiver;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            received.add(new String[] {new String(body, StandardCharsets.UTF_8), ex.getRequestHeaders().getFirst(WebhookSignature.HEADER)});
            ex.sendResponseHeaders(answer.get(), -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static long clusterOfQuote(long articleId) {
        List<Map<String, Object>> items = given().when().get("/api/articles/" + articleId + "/statements")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> s : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> quote = (Map<String, Object>) s.get("quote");
            if (quote != null && String.valueOf(quote.get("text")).contains("Brücke bis zum Herbst")) {
                return ((Number) s.get("clusterId")).longValue();
            }
        }
        throw new AssertionError("the mayor's quote was not found in article " + articleId + ": " + items);
    }

    @Test
    void aNewRenderingReachesTheFeedAndTheSignedWebhookOnceAndASpeakerWatchShowsItsConflict() throws Exception {
        long first = Fixtures.nextId();
        Fixtures.post(Fixtures.article(first, 1, "Saldebote", Fixtures.bridgeDe(""), "2026-03-03T09:00:00Z")).then().statusCode(201);
        long cluster = clusterOfQuote(first);
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        JsonPath created = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("kind", "statement", "target", String.valueOf(cluster), "label", "Brücke", "webhookUrl", hook))
                .when().post("/api/watches").then().statusCode(201).extract().jsonPath();
        long watch = created.getLong("id");
        String secret = created.getString("webhook.secret");
        assertNotNull(secret, "the secret is shown once, at creation");
        assertEquals("/api/watches/" + watch + "/feed", created.getString("feed"));
        assertNull(given().when().get("/api/watches/" + watch).then().statusCode(200).extract().jsonPath().getString("webhook.secret"),
                "and never again");

        // a second outlet renders the same quote, with another cost
        long second = Fixtures.nextId();
        String other = Fixtures.bridgeDe("").replace("zwölf Millionen", "15 Millionen");
        Fixtures.post(Fixtures.article(second, 1, "Uferkurier", other, "2026-03-03T11:00:00Z")).then().statusCode(201);
        assertEquals(cluster, clusterOfQuote(second), "both renderings form one statement");

        String feed = given().when().get("/api/watches/" + watch + "/feed").then().statusCode(200)
                .contentType(AtomFeed.MEDIA_TYPE).extract().asString();
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), feed);
        assertTrue(feed.contains("Uferkurier: Marta Kowalczyk") && feed.contains("Saldebote: Marta Kowalczyk"), feed);
        assertTrue(feed.contains("/api/clusters/" + cluster), feed);

        // the mayor as a speaker: both her statements, and the conflict on the cost
        String mayor = given().when().get("/api/articles/" + second + "/statements").then().statusCode(200)
                .extract().jsonPath().getString("items[0].speaker.entityId");
        long speakerWatch = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("kind", "speaker", "target", mayor)).when().post("/api/watches")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String mayorFeed = given().when().get("/api/watches/" + speakerWatch + "/feed").then().statusCode(200).extract().asString();
        assertTrue(mayorFeed.contains("Conflict (number)") && mayorFeed.contains("“12” (Saldebote) vs “15” (Uferkurier)"), mayorFeed);
        assertTrue(mayorFeed.contains("Die Kosten lägen bei 15 Millionen Euro"), mayorFeed);

        assertEquals(1, delivery.deliverDue(), "one request for the watch");
        assertEquals(1, received.size());
        String body = received.get(0)[0];
        assertEquals(WebhookSignature.of(secret, body.getBytes(StandardCharsets.UTF_8)), received.get(0)[1], "signed with the secret");
        JsonNode sent = JSON.readTree(body);
        assertEquals(watch, sent.get("watch").get("id").asLong());
        boolean secondOutlet = false, firstOutlet = false;
        for (JsonNode e : sent.get("events")) {
            if (e.get("type").asText().equals("rendering") && e.get("title").asText().startsWith("Uferkurier")) secondOutlet = true;
            if (e.get("title").asText().startsWith("Saldebote")) firstOutlet = true;
        }
        assertTrue(secondOutlet, "the new rendering is sent: " + body);
        assertFalse(firstOutlet, "what was there before the watch is not news: " + body);

        assertEquals(0, delivery.deliverDue(), "nothing new, nothing sent");
        assertEquals(1, received.size());
        assertNotNull(given().when().get("/api/watches/" + watch).then().statusCode(200).extract().jsonPath().getString("webhook.deliveredUntil"));
    }

    @Test
    void aFailingReceiverIsRetriedLaterAndKeepsItsEvents() {
        long first = Fixtures.nextId();
        Fixtures.post(Fixtures.article(first, 1, "Saldebote", Fixtures.bridgeDe("Die Arbeiten beginnen im Mai."), "2026-04-01T09:00:00Z")).then().statusCode(201);
        long cluster = clusterOfQuote(first);
        long watch = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("kind", "statement", "target", String.valueOf(cluster),
                        "webhookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                .when().post("/api/watches").then().statusCode(201).extract().jsonPath().getLong("id");
        long second = Fixtures.nextId();
        Fixtures.post(Fixtures.article(second, 1, "Uferkurier", Fixtures.bridgeDe("Die Arbeiten beginnen im Mai."), "2026-04-01T10:00:00Z")).then().statusCode(201);

        answer.set(500);
        delivery.deliverDue();
        JsonPath state = given().when().get("/api/watches/" + watch).then().statusCode(200).extract().jsonPath();
        assertEquals(1, state.getInt("webhook.failures"));
        assertEquals("HTTP 500", state.getString("webhook.lastError"));
        assertNotNull(state.getString("webhook.nextAttemptAt"), "retried later");
        assertNull(state.getString("webhook.deliveredUntil"), "nothing acknowledged, nothing lost");
        int tries = received.size();
        delivery.deliverDue();
        assertEquals(tries, received.size(), "not retried before its time");
        given().header("Authorization", Fixtures.KEY).when().delete("/api/watches/" + watch).then().statusCode(204);
        given().when().get("/api/watches/" + watch).then().statusCode(404);
    }

    @Test
    void badWatchesAreRefusedWithTheFieldNamed() {
        String[][] bad = {
                {"cluster", "1", null, "kind must be one of"},
                {"statement", "abc", null, "cluster id"},
                {"statement", "999999999", null, "no statement cluster 999999999"},
                {"speaker", "Marta", null, "p-<number>"},
                {"speaker", "p-999999999", null, "no speaker p-999999999"},
        };
        for (String[] b : bad) {
            given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                    .body(Map.of("kind", b[0], "target", b[1])).when().post("/api/watches")
                    .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString(b[3]));
        }
        long id = Fixtures.nextId();
        Fixtures.post(Fixtures.article(id, 1, "Saldebote", Fixtures.bridgeDe(""), "2026-05-01T09:00:00Z")).then().statusCode(201);
        String cluster = String.valueOf(clusterOfQuote(id));
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("kind", "statement", "target", cluster, "webhookUrl", "file:///etc/passwd")).when().post("/api/watches")
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("http or https"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "statement", "target", cluster))
                .when().post("/api/watches").then().statusCode(401);
        given().when().get("/api/watches/424242424").then().statusCode(404);
    }
}
