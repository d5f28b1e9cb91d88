package org.whosaid.ingest.logging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.store.OutboxEntry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.whosaid.ingest.support.Api.admin;

/** X-Request-Id: echoed (or generated), and kept with the outbox row so the dispatcher can send it on. */
@QuarkusTest
class RequestIdTest {

    static Map<String, String> article() {
        return Map.of("url", "https://kuestenbote.example/hafen/" + UUID.randomUUID(),
                "text", "Der Hafenmeister von Wittsand, Ole Brasch, sagte am Mittwoch, die Schleuse bleibe bis Freitag gesperrt.");
    }

    @Test
    void theRequestIdIsEchoedAndStoredWithTheHandOff() {
        int id = admin().header("X-Request-Id", "desk-import-20310514").contentType("application/json").body(article())
                .post("/api/articles").then().statusCode(201).header("X-Request-Id", equalTo("desk-import-20310514"))
                .extract().path("id");
        List<OutboxEntry> rows = QuarkusTransaction.requiringNew().call(() -> OutboxEntry.<OutboxEntry>list("articleId", (long) id));
        assertFalse(rows.isEmpty(), "an outbox row for article " + id);
        assertEquals("desk-import-20310514", rows.get(0).requestId, "the request id travels with the hand-off");
    }

    @Test
    void withoutAUsableRequestIdOneIsGenerated() {
        admin().contentType("application/json").body(article()).post("/api/articles").then().statusCode(201)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        admin().header("X-Request-Id", "x".repeat(300)).get("/api/outbox").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
