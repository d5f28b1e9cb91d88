package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Issue 17: "statements across outlets" filters: minimum outlets, outlet, words, language. */
@QuarkusTest
class ClusterFiltersTest {

    @Test
    void clustersFilterByOutletsOutletWordsAndLanguage() {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        long c = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Filterbote", Fixtures.bridgeDe(""), "2037-05-06T09:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(b, 1, "Filterecho", Fixtures.bridgeDe(""), "2037-05-06T11:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(c, 1, "Einzelblatt",
                "„Die Schleuse bleibt bis Ostern geschlossen“, sagte Hafenmeister Ole Quendt.", "2037-05-06T12:00:00+02:00"))
                .then().statusCode(201);
        int shared = given().get("/api/articles/" + a + "/statements").then().extract().path("items[0].clusterId");
        int single = given().get("/api/articles/" + c + "/statements").then().extract().path("items[0].clusterId");

        given().get("/api/clusters?minOutlets=2&size=200").then().statusCode(200)
                .body("items.id", hasItem(shared)).body("items.id", not(hasItem(single)))
                .body("items.outletCount", everyItem(greaterThanOrEqualTo(2)));
        given().get("/api/clusters?outlet=Einzelblatt&size=200").then().body("items.id", hasItem(single))
                .body("items.id", not(hasItem(shared)));
        given().get("/api/clusters?q=schleuse ostern&size=200").then().body("items.id", hasItem(single))
                .body("items.id", not(hasItem(shared)));
        given().get("/api/clusters?q=brücke herbst&minOutlets=2&outlet=Filterecho&language=de&size=200").then()
                .body("items.id", hasItem(shared));
        given().get("/api/clusters?language=en&outlet=Filterecho&size=200").then().body("items.id", not(hasItem(shared)));
        given().get("/api/clusters?minOutlets=zwei").then().statusCode(400);
    }
}
