package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.store.PersonEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * GET /api/speakers lists the persons and organisations that speak, most statements first: on the bundled samples
 * (fictional, deploy/samples) the mayor, the union leader and the operator's spokeswoman, not the port city, its
 * adjective or the common nouns the registry also holds; those stay reachable by id.
 */
@QuarkusTest
class SpeakersListTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void samplesListOnlySpeakersByStatementCount() throws IOException {
        List<JsonNode> samples = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("../deploy/samples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) samples.add(JSON.readTree(p.toFile()));
        }
        assertTrue(samples.size() >= 6, "the bundled samples are there");
        long base = Fixtures.nextId() * 100;
        for (int i = 0; i < samples.size(); i++) {
            JsonNode n = samples.get(i);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", base + i);
            a.put("version", 1);
            a.put("url", n.get("url").asText() + "?list=" + base);
            a.put("outlet", n.get("outlet").asText());
            a.put("title", n.get("title").asText());
            a.put("language", n.get("language").asText());
            a.put("publishedAt", n.get("publishedAt").asText());
            a.put("text", n.get("text").asText());
            given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(a)
                    .when().post("/api/articles").then().statusCode(201);
        }
        List<JsonNode> all = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || all.size() < total; page++) {
            JsonNode res = JSON.readTree(given().get("/api/speakers?size=50&page=" + page).then().statusCode(200)
                    .extract().asString());
            total = res.get("total").asLong();
            assertEquals(page, res.get("page").asInt());
            assertEquals(50, res.get("size").asInt());
            if (res.get("items").isEmpty()) break;
            res.get("items").forEach(all::add);
        }
        assertEquals(total, all.size(), "the pages hold the total");
        for (JsonNode p : all) {
            System.out.println("speaker " + p.get("entityId").asText() + " | " + p.get("name").asText() + " | "
                    + p.get("kind").asText() + " | " + p.get("statementCount").asLong());
            assertTrue(Set.of("person", "organisation").contains(p.get("kind").asText()), "listed kind: " + p);
        }
        for (int i = 1; i < all.size(); i++) {
            long before = all.get(i - 1).get("statementCount").asLong(), now = all.get(i).get("statementCount").asLong();
            assertTrue(before > now || before == now && all.get(i - 1).get("name").asText()
                    .compareTo(all.get(i).get("name").asText()) <= 0, "sorted by statements, then name: " + all.get(i));
        }
        List<String> names = all.stream().map(p -> p.get("name").asText()).toList();
        int brandtner = names.indexOf("Ilse Brandtner"), wettberg = names.indexOf("Jonas Wettberg"),
                lindqvist = names.indexOf("Petra Lindqvist");
        assertTrue(brandtner >= 0 && wettberg >= 0 && lindqvist >= 0, "the three who speak are listed: " + names);
        assertTrue(brandtner < wettberg && wettberg < lindqvist, "most statements first: " + names);
        JsonNode ilse = all.get(brandtner);
        assertEquals("person", ilse.get("kind").asText());
        assertTrue(ilse.get("statementCount").asLong() >= 6, "Brandtner speaks in every sample: " + ilse);
        for (String noSpeaker : List.of("Kranzhafen", "Kranzhafener", "Containerterminals", "Unternehmen", "Gewerkschaft")) {
            assertFalse(names.contains(noSpeaker), noSpeaker + " says nothing and is not listed");
        }
        // the port operator speaks as an organisation
        all.stream().filter(p -> p.get("name").asText().equals("Kranzhafen Terminal GmbH"))
                .forEach(p -> assertEquals("organisation", p.get("kind").asText()));
        // the search keeps to the list, and finds by spelling
        given().get("/api/speakers?q=brandtner").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("Ilse Brandtner"))
                .body("items.kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.isOneOf("person", "organisation")));
        given().get("/api/speakers?q=kranzhafener").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Kranzhafener")));
        // an entry that is not listed stays an entity: GET by id answers with its kind
        PersonEntity city = QuarkusTransaction.requiringNew().call(() ->
                PersonEntity.<PersonEntity>find("canonicalName", "Kranzhafen").firstResult());
        assertNotNull(city, "the registry holds the city");
        given().get("/api/speakers/" + city.entityId()).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Kranzhafen")).body("statementCount", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void agenciesAndPlacesStayOffTheList() {
        // invented: the town Lindenau, the agency Nordpress, the rail chief Olaf Timm, the passengers' association
        long id = Fixtures.nextId();
        String text = "Die Bahn will die Strecke nach Lindenau bis Mai reparieren. "
                + "Das erklärte der Bahnchef Olaf Timm im Regionalfernsehen, wie die Nachrichtenagentur Nordpress berichtete. "
                + "„Wir bauen Tag und Nacht“, sagte Timm am Dienstag in Lindenau. "
                + "Der Fahrgastverband Schienenfreunde Ostmark nannte den Plan zu spät. "
                + "Die Verzögerung sei für Pendler aus Lindenau eine Zumutung, sagte dessen Sprecherin Greta Fallmer dem Lindenauer Boten.";
        Map<String, Object> a = Fixtures.article(id, 1, "Ostmark-Echo", text, "2033-03-01T09:00:00+01:00");
        a.put("title", "Strecke nach Lindenau");
        Fixtures.post(a).then().statusCode(201);
        List<Map<String, Object>> listed = given().get("/api/speakers?q=timm").then().statusCode(200).extract().path("items");
        assertEquals(1, listed.size(), "one Timm: " + listed);
        assertEquals("Olaf Timm", listed.get(0).get("name"));
        assertEquals("person", listed.get(0).get("kind"));
        assertEquals(2, ((Number) listed.get(0).get("statementCount")).intValue());
        given().get("/api/speakers?q=fallmer").then().body("items.name", org.hamcrest.Matchers.hasItem("Greta Fallmer"));
        given().get("/api/speakers?q=schienenfreunde").then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("organisation"));
        // the agency the statement came through is a medium: not on the list, but an entity with its kind
        given().get("/api/speakers?q=nordpress").then().body("total", org.hamcrest.Matchers.equalTo(0));
        PersonEntity agency = QuarkusTransaction.requiringNew().call(() ->
                PersonEntity.<PersonEntity>find("canonicalName", "Nordpress").firstResult());
        assertNotNull(agency, "the registry holds the agency");
        given().get("/api/speakers/" + agency.entityId()).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("media"));
        given().get("/api/speakers?q=lindenau").then().body("items.name", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Lindenau"))));
    }

    @jakarta.inject.Inject
    org.whosaid.analysis.service.RegistryService registry;

    @Test
    void entriesFromBeforeV6GetTheirKindAtStart() {
        long id = Fixtures.nextId();
        Fixtures.post(Fixtures.article(id, 1, "Brückenblatt", Fixtures.bridgeDe("Die Nachrichtenagentur Nordpress berichtete."),
                "2033-05-02T09:00:00+02:00")).then().statusCode(201);
        // as the rows of a database from before V6: no category
        QuarkusTransaction.requiringNew().run(() -> PersonEntity.update("category = null where canonicalName like ?1",
                "%Kowalczyk%"));
        given().get("/api/speakers?q=kowalczyk").then().body("items.name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Marta Kowalczyk")));
        given().get("/api/speakers/" + given().get("/api/articles/" + id + "/statements").then().extract()
                .path("items[0].speaker.entityId")).then().statusCode(200).body("kind", org.hamcrest.Matchers.equalTo("person"));
        assertTrue(registry.classifyAll() >= 1, "the unclassified rows are classified");
        given().get("/api/speakers?q=kowalczyk").then().body("items.name", org.hamcrest.Matchers.hasItem("Marta Kowalczyk"))
                .body("items.kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("person")));
    }
}
