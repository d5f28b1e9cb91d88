package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A fact-checker sorts search results: newest first (the default), oldest first (who had it first), or by how many
 * outlets carry the statement; with words and with filters only, across pages; an unknown order is a 400 naming the
 * choices.
 */
@QuarkusTest
class SearchOrderTest {

    private static final String SAME = "„Der Deich bei Sielwarden hält auch die Sturmflut im Herbst aus“, sagte "
            + "Deichgräfin Ottilie Wendeborn.";

    @Test
    void resultsComeInTheOrderAskedFor() {
        long first = Fixtures.nextId();
        long other = Fixtures.nextId();
        long last = Fixtures.nextId();
        Fixtures.post(Fixtures.article(first, 1, "Marschbote", SAME, "2041-07-01T08:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(other, 1, "Kliffecho", "„In Sielwarden fehlt seit dem Frühjahr ein Hausarzt“, "
                + "sagte Landrat Bertil Ommen.", "2041-07-02T08:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(last, 1, "Fehnkurier", SAME, "2041-07-03T08:00:00+02:00")).then().statusCode(201);
        Number a = given().get("/api/articles/" + first + "/statements").then().extract().path("items[0].clusterId");
        Number b = given().get("/api/articles/" + last + "/statements").then().extract().path("items[0].clusterId");
        assertEquals(a.longValue(), b.longValue(), "the same quote in two outlets is one statement");

        assertEquals(List.of(last, other, first), articles("q=sielwarden"), "newest first by default");
        assertEquals(List.of(first, other, last), articles("q=sielwarden&sort=oldest"), "oldest first");
        assertEquals(List.of(last, first, other), articles("q=sielwarden&sort=outlets"),
                "the statement two outlets carry first, its renderings newest first");
        assertEquals(List.of(other), articles("q=sielwarden&sort=oldest&size=1&page=1"), "paging keeps the order");
        // filters only (no words): the same orders
        String range = "from=2041-07-01&to=2041-07-03";
        assertEquals(List.of(first, other, last), articles(range + "&sort=oldest"));
        assertEquals(List.of(last, first, other), articles(range + "&sort=OUTLETS"));
        given().get("/api/statements?q=sielwarden&sort=loudest").then().statusCode(400)
                .body("detail", containsString("sort must be one of newest, oldest, outlets"));
        given().get("/api/statements?q=sielwarden&sort=oldest").then().body("total", equalTo(3));
    }

    private static List<Long> articles(String query) {
        List<Number> ids = given().get("/api/statements?" + query).then().statusCode(200).extract().path("items.articleId");
        return ids.stream().map(Number::longValue).toList();
    }
}
