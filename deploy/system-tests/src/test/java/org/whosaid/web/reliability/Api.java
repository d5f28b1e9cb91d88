package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small JSON-over-HTTP client for the reliability tests, plus generated fictional articles. */
final class Api {

    static final String ADMIN_KEY = "reliability-test-admin-key";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, JsonNode body, String raw) {
    }

    static Response get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + ADMIN_KEY).GET());
    }

    static Response post(String url, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static Response postJson(String url, Object body) throws IOException, InterruptedException {
        return post(url, "application/json", JSON.writeValueAsString(body));
    }

    private static Response send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = null;
        String raw = r.body();
        if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
            try {
                node = JSON.readTree(raw);
            } catch (IOException e) {
                node = null;
            }
        }
        return new Response(r.statusCode(), node, raw);
    }

    /**
     * Polls {@code GET /api/outbox} until nothing is pending. Gives up only when the backlog has not shrunk for
     * {@code stall} (a stuck dispatcher), so a slow, busy machine is not mistaken for a lost article.
     */
    static JsonNode awaitOutboxEmpty(String ingestUrl, Duration stall) throws IOException, InterruptedException {
        long lastProgress = System.nanoTime();
        long best = Long.MAX_VALUE;
        JsonNode last = null;
        while (System.nanoTime() - lastProgress < stall.toNanos()) {
            Response r = get(ingestUrl + "/api/outbox");
            last = r.body();
            long pending = r.status() == 200 && last != null ? last.path("pending").asLong(-1) : -1;
            if (pending == 0) {
                return last;
            }
            if (pending >= 0 && pending < best) {
                best = pending;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(500);
        }
        return last;
    }

    // ------------------------------------------------------------------ fictional articles

    private static final String[] TOWNS = {"Lindholm", "Kranzhafen", "Mooswiesen", "Altenbruch", "Seefelden"};
    private static final String[] FIRST = {"Greta", "Henrik", "Miriam", "Tobias", "Leonie", "Bastian"};
    private static final String[] LAST = {"Oberkamp", "Westphalen", "Rauschnigg", "Tannberger", "Kielmann", "Sommerfeld"};
    private static final String[] TOPICS = {"die neue Stadtbahn", "das Hallenbad", "den Deichausbau", "die Markthalle", "das Schulzentrum"};

    /** A short invented German news article with one direct and one indirect quote, unique by {@code n}. */
    static ObjectNode article(String runId, int n) {
        Random rnd = new Random(n * 7919L + runId.hashCode());
        String town = TOWNS[rnd.nextInt(TOWNS.length)];
        String speaker = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
        String other = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        int millions = 3 + rnd.nextInt(40);
        String text = "Der Stadtrat von " + town + " hat am Montag über " + topic + " beraten. Die Kosten werden auf "
                + millions + " Millionen Euro geschätzt, Vorlage Nummer " + n + ".\n\n"
                + "„Wir werden das Projekt " + n + " nicht auf die lange Bank schieben“, sagte Bürgermeisterin " + speaker
                + " nach der Sitzung. Die Finanzierung sei bis zum Herbst gesichert.\n\n"
                + "Oppositionsführer " + other + " sagte, der Zeitplan sei zu knapp. Eine Entscheidung soll im "
                + (rnd.nextBoolean() ? "Mai" : "Juni") + " fallen.";
        ObjectNode a = JSON.createObjectNode();
        a.put("url", "https://reliability.example/" + runId + "/artikel-" + n);
        a.put("outlet", "Testbote " + town);
        a.put("title", "Stadtrat " + town + " berät über " + topic + " (" + n + ")");
        a.put("publishedAt", String.format("2026-02-%02dT%02d:%02d:00+01:00", 1 + n % 27, 6 + n % 14, n % 60));
        a.put("language", "de");
        a.put("text", text);
        return a;
    }

    static List<ObjectNode> articles(String runId, int count) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(article(runId, i));
        }
        return out;
    }
}
