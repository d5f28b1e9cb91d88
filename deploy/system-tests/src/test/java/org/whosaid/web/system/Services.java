package org.whosaid.web.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small client for system tests: post articles to the real ingest-service and wait until they are analysed. */
public final class Services {
    static final ObjectMapper M = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final SystemUnderTest sut;

    public Services(SystemUnderTest sut) {
        this.sut = sut;
    }

    public JsonNode postText(String text, String title) throws IOException, InterruptedException {
        String q = title == null ? "" : "?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(sut.ingestUrl() + "/api/articles" + q))
                .header("Content-Type", "text/plain; charset=UTF-8").header("Authorization", "Bearer " + sut.adminKey())
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    public JsonNode postJson(String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(sut.ingestUrl() + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + sut.adminKey())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Posts a fixture from src/test/resources/fixtures; answers the stored article. */
    public JsonNode postFixture(String name) throws IOException, InterruptedException {
        try (InputStream in = Services.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return postJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public JsonNode ingestGet(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(sut.ingestUrl() + path)).GET().build());
    }

    public JsonNode analysisGet(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(sut.analysisUrl() + path)).GET().build());
    }

    /** Waits until every article's analysisStatus is done (or failed); answers the ids still pending. */
    public List<Long> awaitAnalysed(List<Long> ids, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Long> pending = new ArrayList<>(ids);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            List<Long> still = new ArrayList<>();
            for (long id : pending) {
                String st = ingestGet("/api/articles/" + id).path("analysisStatus").asText();
                if (!st.equals("done") && !st.equals("failed")) still.add(id);
            }
            pending = still;
            if (!pending.isEmpty()) Thread.sleep(300);
        }
        return pending;
    }

    private static JsonNode send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (res.statusCode() >= 300) throw new IOException(r.method() + " " + r.uri() + " → " + res.statusCode() + ": " + res.body());
        return M.readTree(res.body());
    }
}
