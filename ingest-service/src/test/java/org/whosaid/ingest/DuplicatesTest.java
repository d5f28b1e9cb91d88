package org.whosaid.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.whosaid.ingest.support.Api.admin;

/** An agency text run by several outlets is stored per outlet and linked as copies of one report. */
@QuarkusTest
class DuplicatesTest {

    @Test
    void agencyCopyUnderAnotherUrlIsLinked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String agencyText = "Der Verkehrsminister von Nordmarsch, Eike Brammer, hat eine neue Bahnstrecke zwischen Wummerstadt und Kleinwasserburg angekündigt. "
                + "Die Strecke solle bis 2036 fertig sein, sagte Brammer am Mittwoch in Wummerstadt. Die Kosten bezifferte er auf 1,2 Milliarden Euro. "
                + "Umweltverbände kritisierten den Plan. Die Trasse führe durch ein Schutzgebiet, erklärte der Sprecher des Naturbunds, Lasse Feddersen. " + tag + "\n\n"
                + "Brammer sagte, man werde die Einwände prüfen. Ein Planfeststellungsverfahren beginne im Herbst. Die Landesregierung hatte das Projekt bereits im Frühjahr beschlossen.";
        int first = admin().contentType("application/json").body(Map.of("url", "https://nordkurier-digital.example/bahn-" + tag, "text", agencyText))
                .post("/api/articles").then().statusCode(201).body("copyOf", nullValue()).extract().path("id");
        String edited = agencyText.replace("am Mittwoch", "am Mittwochnachmittag") + " (dpa)";
        int second = admin().contentType("application/json").body(Map.of("url", "https://harbourledger.example/rail-" + tag, "outlet", "Elbtal Bote", "text", edited))
                .post("/api/articles").then().statusCode(201).body("copyOf", is(first)).body("outlet", is("Elbtal Bote")).extract().path("id");
        RestAssured.get("/api/articles/" + first).then().body("copies", hasItem(second));
        RestAssured.get("/api/articles/" + second).then().body("copies", hasItem(first));
        // an unrelated article is not a copy
        admin().contentType("application/json").body(Map.of("url", "https://harbourledger.example/other-" + tag,
                        "text", "The harbour master Orla Penhallow said the pier will open in June. Storms delayed the work by six weeks, she said. " + tag))
                .post("/api/articles").then().statusCode(201).body("copyOf", nullValue());
    }
}
