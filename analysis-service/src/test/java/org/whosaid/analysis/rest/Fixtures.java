package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fictional articles (invented outlets, people, events) and helpers to post them. */
public final class Fixtures {
    public static final String KEY = "Bearer test-admin-key";
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Fixtures() {
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A fictional German report: the mayor of the invented town Lindwerder on a new bridge. */
    public static String bridgeDe(String outletTwist) {
        return "Lindwerder plant eine neue Brücke über die Salde. "
                + "„Wir werden die Brücke bis zum Herbst fertigstellen“, sagte Bürgermeisterin Marta Kowalczyk am Dienstag. "
                + "Die Kosten lägen bei zwölf Millionen Euro, sagte sie. " + outletTwist;
    }

    public static Map<String, Object> article(long id, int version, String outlet, String text, String publishedAt) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("version", version);
        a.put("url", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id);
        a.put("outlet", outlet);
        a.put("title", "Neue Brücke für Lindwerder");
        a.put("publishedAt", publishedAt);
        a.put("language", "de");
        a.put("text", text);
        return a;
    }

    public static Response post(Map<String, Object> article) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(article)
                .when().post("/api/articles");
    }
}
