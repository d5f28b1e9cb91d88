package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 12: one outlet renders two remarks of the mayor in one passage; three others report the ferry remark with her
 * name, three the bridge remark without naming her. The passage sits in one cluster and is listed in the other as
 * "also renders", with its weight, while each cluster keeps its own members (invented texts).
 */
@QuarkusTest
class AlsoRendersApiTest {

    @Test
    void aPassageRenderingTwoRemarksIsAlsoListedInTheSecondCluster() {
        String day = "2038-03-09T";
        long both = post("Inselbote", "„Die Fähre nach Sandholm fährt ab Montag wieder, und die Brücke über die Lanne bleibt "
                + "bis zum Frühjahr gesperrt“, sagte Bürgermeisterin Ida Lindqvar.", day + "08:00:00+01:00");
        long ferry1 = post("Fährblatt", "Bürgermeisterin Ida Lindqvar sagte, die Fähre nach Sandholm fahre ab Montag wieder.",
                day + "09:00:00+01:00");
        long ferry2 = post("Hafenecho", "Die Fähre nach Sandholm fahre ab Montag wieder, sagte Bürgermeisterin Ida Lindqvar.",
                day + "10:00:00+01:00");
        long bridge1 = post("Lannekurier", "Die Brücke über die Lanne bleibe bis zum Frühjahr gesperrt, hieß es aus dem Rathaus.",
                day + "11:00:00+01:00");
        long bridge2 = post("Uferpost", "Die Brücke über die Lanne bleibe bis zum Frühjahr gesperrt, hieß es am Montag.",
                day + "12:00:00+01:00");
        long ferry3 = post("Nordwatt", "Ab Montag fahre die Fähre nach Sandholm wieder, erklärte Bürgermeisterin Ida Lindqvar.",
                day + "13:00:00+01:00");
        long bridge3 = post("Marschruf", "Bis zum Frühjahr bleibe die Brücke über die Lanne gesperrt, erklärte eine Sprecherin "
                + "der Stadt.", day + "14:00:00+01:00");
        long ferryCluster = clusterOf(ferry1);
        long bridgeCluster = clusterOf(bridge1);
        assertEquals(ferryCluster, clusterOf(ferry2));
        assertEquals(bridgeCluster, clusterOf(bridge2));
        assertEquals(ferryCluster, clusterOf(ferry3));
        assertEquals(bridgeCluster, clusterOf(bridge3));
        assertNotEquals(ferryCluster, bridgeCluster, "two remarks, two clusters");
        long own = clusterOf(both);
        assertTrue(own == ferryCluster || own == bridgeCluster, "the passage sits with one of them");
        long other = own == ferryCluster ? bridgeCluster : ferryCluster;

        JsonPath second = given().get("/api/clusters/" + other).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> also = second.getList("alsoRenders");
        assertEquals(1, also.size(), String.valueOf(also));
        assertEquals("Inselbote", second.getString("alsoRenders[0].statement.outlet"));
        assertEquals((int) both, second.getInt("alsoRenders[0].statement.articleId"));
        assertEquals((int) own, second.getInt("alsoRenders[0].statement.clusterId"), "it stays a member of its own cluster");
        assertTrue(second.getDouble("alsoRenders[0].weight") >= 0.55, "its weight is the evidence");
        assertTrue(second.getList("statements.articleId").stream().noneMatch(id -> ((Number) id).longValue() == both),
                "listed beside the members, not among them");
        given().get("/api/clusters/" + own).then().statusCode(200)
                .body("alsoRenders.size()", org.hamcrest.Matchers.is(0));
    }

    private static long post(String outlet, String text, String at) {
        long id = Fixtures.nextId();
        Fixtures.post(Fixtures.article(id, 1, outlet, text, at)).then().statusCode(201);
        return id;
    }

    private static long clusterOf(long article) {
        return given().get("/api/articles/" + article + "/statements").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].clusterId");
    }
}
