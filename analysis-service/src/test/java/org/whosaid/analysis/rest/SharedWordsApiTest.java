package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The cluster JSON names, per rendering, the words it shares with the reference as offsets into its quote text. */
@QuarkusTest
class SharedWordsApiTest {

    @Test
    void renderingsCarryTheOffsetsOfTheWordsTheyShareWithTheReference() {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        // an invented harbour master of an invented port
        Fixtures.post(Fixtures.article(a, 1, "Hafenbote", "Ostrewik bekommt einen neuen Kran. „Die Fähre nach Wittholm "
                + "fährt ab Montag wieder täglich“, sagte Hafenmeister Jorin Albrecht am Mittwoch.",
                "2031-08-13T09:00:00+02:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(b, 1, "Inselkurier", "Gute Nachricht für Pendler. „Ab Montag fährt die Fähre "
                + "wieder täglich nach Wittholm“, kündigte Hafenmeister Jorin Albrecht am Mittwoch an.",
                "2031-08-13T14:00:00+02:00")).then().statusCode(201);
        Number cluster = given().get("/api/articles/" + a + "/statements").then().extract().path("items[0].clusterId");
        Number other = given().get("/api/articles/" + b + "/statements").then().extract().path("items[0].clusterId");
        assertEquals(cluster.longValue(), other.longValue(), "both renderings in one cluster");

        JsonPath c = given().get("/api/clusters/" + cluster).then().statusCode(200).extract().jsonPath();
        assertEquals(a + "-s-1", c.getString("reference.statementId"));
        List<String> inReference = shared(c, a + "-s-1");
        List<String> inOther = shared(c, b + "-s-1");
        for (String w : List.of("Fähre", "Wittholm", "Montag", "täglich")) {
            assertTrue(inReference.contains(w), w + " in " + inReference);
            assertTrue(inOther.contains(w), w + " in " + inOther);
        }
        assertFalse(inOther.contains("die") || inOther.contains("nach"), "function words are no evidence: " + inOther);
    }

    /** The words of a rendering's quote text its matched offsets cover. */
    private static List<String> shared(JsonPath c, String statementId) {
        String quote = c.getString("statements.find { it.id == '" + statementId + "' }.quote.text");
        List<Map<String, Integer>> spans = c.getList("renderings.find { it.statementId == '" + statementId + "' }.matched");
        List<String> out = new ArrayList<>();
        for (Map<String, Integer> s : spans) {
            out.add(quote.substring(s.get("start"), s.get("end")));
        }
        return out;
    }
}
