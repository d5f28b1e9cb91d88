package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two outlets quote one sentence of the same person word for word except one noun: the cluster holds both renderings
 * and shows the changed word as a conflict with each outlet's word; a third outlet that only inflects the word adds
 * no conflict (invented articles).
 */
@QuarkusTest
class QuoteWordConflictTest {

    @Test
    void aNounChangedInsideTheQuoteIsAConflictInflectionIsNot() {
        long cluster = oneStatementInTwoOutlets("„Die neue Schleuse bei Ahlkamp wird im Herbst für alle Boote geöffnet“, "
                + "sagte Schleusenwärterin Tamme Ockenga.", "„Die neue Brücke bei Ahlkamp wird im Herbst für alle Boote "
                + "geöffnet“, sagte Schleusenwärterin Tamme Ockenga.", "2042-09-01");
        given().get("/api/clusters/" + cluster).then().statusCode(200)
                .body("hasConflict", equalTo(true))
                .body("conflicts.find { it.kind == 'quote' }.values.value", containsInAnyOrder("Schleuse", "Brücke"))
                .body("conflicts.find { it.kind == 'quote' }.subject", equalTo("word in the quote: „Die neue … bei Ahlkamp wird“"));
    }

    @Test
    void anInflectedWordIsNoConflict() {
        long cluster = oneStatementInTwoOutlets("„Wir danken dem Deichverband für die schnelle Hilfe in dieser Woche“, sagte "
                + "Bürgermeister Hauke Tjarks.", "„Wir danken dem Deichverbande für die schnelle Hilfe in dieser Woche“, "
                + "sagte Bürgermeister Hauke Tjarks.", "2042-10-01");
        given().get("/api/clusters/" + cluster).then().statusCode(200).body("conflicts.kind", not(hasItem("quote")));
    }

    /** Posts the two texts as two outlets' articles of one day and answers the cluster both statements are in. */
    private static long oneStatementInTwoOutlets(String first, String second, String day) {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Fehnkurier", first, day + "T08:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(b, 1, "Moorbote", second, day + "T11:00:00+02:00")).then().statusCode(201);
        Number ca = given().get("/api/articles/" + a + "/statements").then().extract().path("items[0].clusterId");
        Number cb = given().get("/api/articles/" + b + "/statements").then().extract().path("items[0].clusterId");
        assertEquals(ca.longValue(), cb.longValue(), "one statement in two outlets");
        return ca.longValue();
    }
}
