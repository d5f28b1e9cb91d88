package org.whosaid.analysis.logging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The request id a caller sends comes back in the response and is on the log lines of the article's analysis. */
@QuarkusTest
class RequestIdLogTest {

    /** Log lines as seen by a handler: message, and the MDC at the time of logging. */
    record Line(String message, String requestId, String articleId) {
    }

    final List<Line> lines = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String rid = r instanceof ExtLogRecord e ? e.getMdc(RequestIds.MDC_KEY) : null;
            String aid = r instanceof ExtLogRecord e ? e.getMdc(RequestIds.ARTICLE_KEY) : null;
            lines.add(new Line(r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage(), rid, aid));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void attach() {
        Logger.getLogger("org.whosaid").addHandler(capture);
    }

    @AfterEach
    void detach() {
        Logger.getLogger("org.whosaid").removeHandler(capture);
    }

    @Test
    void theCallersRequestIdAndTheArticleIdAreOnTheAnalysisLogLines() {
        long id = Fixtures.nextId();
        given().header("Authorization", Fixtures.KEY).header("X-Request-Id", "newsdesk-4711.a")
                .contentType(ContentType.JSON).body(Fixtures.article(id, 1, "Saldeblatt", Fixtures.bridgeDe(""), null))
                .when().post("/api/articles")
                .then().statusCode(201).header("X-Request-Id", equalTo("newsdesk-4711.a"));
        assertTrue(lines.stream().anyMatch(l -> "newsdesk-4711.a".equals(l.requestId()) && String.valueOf(id).equals(l.articleId())
                        && l.message().contains("POST") && l.message().contains("201")),
                "a log line of the hand-off carries request id and article id: " + lines);
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByAFreshOne() {
        given().when().get("/api/statements?size=1").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "evil\u0001id with spaces").when().get("/api/statements?size=1").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
