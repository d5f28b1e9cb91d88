package org.whosaid.ingest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.ingest.support.Api.admin;

/**
 * URL fetch and feeds against a loopback JDK HttpServer (reachable only because the %test profile sets
 * whosaid.fetch.allow-loopback-for-tests=true; other private addresses stay refused).
 */
@QuarkusTest
class FetchAndFeedTest {
    static HttpServer server;
    static String base;
    static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static String page(String title, String p1, String p2) {
        return "<html lang=\"de\"><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Nordkurier Digital\">"
                + "<meta property=\"article:published_time\" content=\"2031-06-01T09:30:00+02:00\"></head><body><nav><a>Start</a><a>Politik</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + p1 + "</p><p>" + p2 + "</p></article><footer>Impressum</footer></body></html>";
    }

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String body;
            String type = "text/html; charset=utf-8";
            int status = 200;
            switch (path) {
                case "/story" -> body = page("Deichvogt warnt vor Sturmflut " + RUN,
                        "Der Deichvogt Harm Lüdeking hat vor einer Sturmflut an der Wummer gewarnt. Die Deiche seien aber sicher, sagte er am Sonntag.",
                        "Lüdeking rief die Anwohner auf, Keller zu räumen. Die Feuerwehr stehe bereit, erklärte er.");
                case "/moved" -> {
                    ex.getResponseHeaders().add("Location", "/story");
                    status = 302;
                    body = "";
                }
                case "/to-private" -> {
                    ex.getResponseHeaders().add("Location", "http://10.0.0.7/secret");
                    status = 301;
                    body = "";
                }
                case "/image" -> {
                    type = "image/png";
                    body = "PNG";
                }
                case "/feed.xml" -> {
                    type = "application/rss+xml; charset=utf-8";
                    body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Nordkurier Lokal</title><link>" + base + "/</link>"
                            + "<description>Lokales</description>"
                            + item("/item1", "Schleuse wird saniert") + item("/item2", "Markt zieht um") + "</channel></rss>";
                }
                case "/item1" -> body = page("Schleuse wird saniert " + RUN,
                        "Die Schleuse in Kleinwasserburg wird ab Juli saniert. Das teilte das Wasserstraßenamt am Montag mit.",
                        "Amtsleiterin Gesine Brookmann sagte, die Arbeiten dauerten ein Jahr. Der Schiffsverkehr werde umgeleitet, erklärte sie.");
                case "/item2" -> body = page("Markt zieht um " + RUN,
                        "Der Wochenmarkt zieht auf den Hafenplatz um. Der Stadtrat hat das am Dienstag beschlossen.",
                        "Marktmeister Okke Janssen sagte, die Händler seien zufrieden. Es gebe mehr Platz und bessere Zufahrten, fügte er hinzu.");
                default -> {
                    status = 404;
                    body = "not found";
                }
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + base + path + "</link><guid>" + base + path + "#" + RUN + "</guid>"
                + "<pubDate>Mon, 02 Jun 2031 08:00:00 GMT</pubDate></item>";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void urlIsFetchedThroughRedirectsAndExtracted() {
        admin().contentType("application/json").body(Map.of("url", base + "/moved"))
                .post("/api/articles").then().statusCode(201)
                .body("title", startsWith("Deichvogt warnt vor Sturmflut"))
                .body("outlet", is("Nordkurier Digital"))
                .body("publishedAt", is("2031-06-01T09:30:00+02:00"))
                .body("text", containsString("Die Deiche seien aber sicher"))
                .body("text", not(containsString("Impressum")))
                .body("provenance.fetched", containsString("/story"));
    }

    @Test
    void refusedFetches() {
        admin().contentType("application/json").body(Map.of("url", base + "/to-private"))
                .post("/api/articles").then().statusCode(400).body("error", is("url-refused"))
                .body("detail", is("address 10.0.0.7 is private"));
        admin().contentType("application/json").body(Map.of("url", "http://169.254.169.254/latest/meta-data/"))
                .post("/api/articles").then().statusCode(400).body("detail", containsString("cloud metadata"));
        admin().contentType("application/json").body(Map.of("url", "file:///etc/passwd"))
                .post("/api/articles").then().statusCode(400).body("detail", containsString("scheme"));
        admin().contentType("application/json").body(Map.of("url", base + "/image"))
                .post("/api/articles").then().statusCode(415).body("error", is("unsupported-content-type"));
    }

    @Test
    void feedItemsAreFetchedOnce() {
        int id = admin().contentType("application/json").body(Map.of("url", base + "/feed.xml", "outlet", "Nordkurier Digital", "intervalMinutes", 15))
                .post("/api/feeds").then().statusCode(201).extract().path("id");
        admin().post("/api/feeds/" + id + "/poll").then().statusCode(200).body("newItems", is(2)).body("error", nullValue());
        admin().post("/api/feeds/" + id + "/poll").then().statusCode(200).body("newItems", is(0));
        assertEquals(1, HITS.get("/item1").get(), "each item fetched once");
        assertEquals(1, HITS.get("/item2").get());
        RestAssured.get("/api/feeds/" + id).then().statusCode(200).body("items", is(2)).body("lastPollAt", notNullValue())
                .body("lastError", nullValue());
        RestAssured.get("/api/articles?q=" + RUN + "&size=10").then().body("total", is(2))
                .body("items.outlet", everyItem(is("Nordkurier Digital")))
                .body("items.publishedAt", everyItem(is("2031-06-01T09:30:00+02:00"))); // the page's date wins over the feed's
        admin().contentType("application/json").body(Map.of("url", "http://192.168.1.1/feed"))
                .post("/api/feeds").then().statusCode(400).body("detail", containsString("private"));
    }
}
