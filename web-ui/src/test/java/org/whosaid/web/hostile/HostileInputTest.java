package org.whosaid.web.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 15, web-ui: a page number past whosaid.web.max-page is a 400 page naming the limit (was 502), asked of no service. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class HostileInputTest {

    @Test
    void hugePageNumbersAre400PagesNaming() {
        for (String page : List.of("/articles", "/clusters", "/speakers", "/stories", "/search?q=hafen&")) {
            String url = page + (page.contains("?") ? "" : "?") + "page=2147483647";
            given().get(url).then().statusCode(400).body(containsString("page must be at most 100000"));
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
