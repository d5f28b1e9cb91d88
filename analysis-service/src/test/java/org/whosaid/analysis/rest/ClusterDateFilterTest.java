package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Statements across outlets within a date range: a cluster is listed when its renderings were published in it. */
@QuarkusTest
class ClusterDateFilterTest {

    @Test
    void clustersOfTheRangeOnly() {
        long march = Fixtures.nextId();
        long may = Fixtures.nextId();
        Fixtures.post(Fixtures.article(march, 1, "Fehnkurier", "„Die Fähre nach Wurtsand fährt ab Montag wieder stündlich“, "
                + "sagte Reederin Gesa Poppinga.", "2043-03-01T08:00:00+01:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(may, 1, "Moorbote", "„Der Hafen von Wurtsand bekommt eine neue Mole“, sagte "
                + "Hafenmeister Enno Dirksen.", "2043-05-01T08:00:00+02:00")).then().statusCode(201);
        int inMarch = given().get("/api/articles/" + march + "/statements").then().extract().path("items[0].clusterId");
        int inMay = given().get("/api/articles/" + may + "/statements").then().extract().path("items[0].clusterId");
        given().get("/api/clusters?from=2043-02-28&to=2043-03-02&size=200").then().statusCode(200)
                .body("items.id", hasItem(inMarch)).body("items.id", not(hasItem(inMay)));
        given().get("/api/clusters?from=2043-04-30&size=200").then().statusCode(200)
                .body("items.id", hasItem(inMay)).body("items.id", not(hasItem(inMarch)));
        given().get("/api/clusters?from=someday").then().statusCode(400).body("detail", containsString("from must be a date"));
    }
}
