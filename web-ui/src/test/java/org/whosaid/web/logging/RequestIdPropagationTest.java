package org.whosaid.web.logging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web UI answers with the request id and passes it on to both services it calls for the page. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class RequestIdPropagationTest {

    @Test
    void thePagesRequestIdGoesToBothServices() {
        FakeServices.INGEST.get("/api/articles/4242", "{\"id\":4242,\"version\":1,\"title\":\"Fähre nach Hallig Süderwarf\","
                + "\"outlet\":\"Küstenbote\",\"text\":\"Die Fähre fährt ab Mai, sagte der Kapitän.\",\"analysisStatus\":\"done\"}");
        FakeServices.ANALYSIS.get("/api/articles/4242/statements", "{\"items\":[],\"total\":0,\"page\":0,\"size\":200}");
        given().header("X-Request-Id", "desk-page-4242").get("/articles/4242").then()
                .header("X-Request-Id", equalTo("desk-page-4242"));
        assertTrue(sent(FakeServices.INGEST, "/api/articles/4242"), "ingest-service got the request id: " + FakeServices.INGEST.requests());
        assertTrue(sent(FakeServices.ANALYSIS, "/api/articles/4242/statements"), "analysis-service got the request id");
        given().get("/articles/4242").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    static boolean sent(FakeApi api, String path) {
        return api.requests().stream().anyMatch(r -> r.path().equals(path) && "desk-page-4242".equals(r.header("X-Request-Id")));
    }
}
