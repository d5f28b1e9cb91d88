package org.whosaid.ingest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.support.FakeAnalysis;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the ingest API: articles per second accepted (POST → 201) and handed off (outbox row
 * acknowledged by a fake analysis endpoint on loopback). Off by default; run with
 * {@code ./mvnw -B -q -pl ingest-service test -Dtest=IngestThroughputBenchmark -Dwhosaid.bench=true}
 * (options: -Dwhosaid.bench.articles=1000 -Dwhosaid.bench.threads=4). Figures go to target/ingest-benchmark.txt.
 */
@QuarkusTest
class IngestThroughputBenchmark {

    @TestHTTPResource("/api/articles")
    URI articles;

    @Test
    void throughput() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("whosaid.bench") || "1".equals(System.getenv("WHOSAID_BENCH")),
                "benchmark off: run with -Dwhosaid.bench=true");
        int n = Integer.getInteger("whosaid.bench.articles", 1000);
        int threads = Integer.getInteger("whosaid.bench.threads", 4);
        FakeAnalysis.stop(); // measure acceptance alone first, then the hand-off
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long t0 = System.nanoTime();
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            final int k = i;
            pool.submit(() -> {
                try {
                    String text = "{\"url\":\"https://nordkurier-digital.example/bench/" + run + "/" + k + "\",\"text\":\"Die Sprecherin der Stadt Wummerstadt, "
                            + "Ilka Brandt, sagte am Montag, der Haushalt " + k + " sei ausgeglichen. \\\"Wir investieren " + k + " Millionen Euro in Schulen\\\", sagte Brandt. "
                            + "Die Opposition kritisierte den Plan " + run + k + " als unzureichend. Ihr Sprecher sagte, es fehle Geld für Straßen und Brücken.\"}";
                    HttpRequest req = HttpRequest.newBuilder(articles).header("Authorization", "Bearer test-ingest-key")
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build();
                    int s = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (s == 201) {
                        ok.incrementAndGet();
                    } else if (s == 429) {
                        limited.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double acceptSeconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long t1 = System.nanoTime();
        FakeAnalysis.start();
        long deadline = System.currentTimeMillis() + 600_000;
        int pending;
        do {
            Thread.sleep(250);
            pending = ((Number) RestAssured.given().header("Authorization", "Bearer test-admin-key").get("/api/outbox").then().extract().path("pending")).intValue();
        } while (pending > 0 && System.currentTimeMillis() < deadline);
        double handoffSeconds = (System.nanoTime() - t1) / 1e9;
        String report = String.format(Locale.ROOT,
                "ingest benchmark (%s, %d client threads, loopback, %d cores)%n"
                        + "accepted: %d of %d in %.2f s = %.1f articles/s (429: %d, other errors: %d)%n"
                        + "handed off after the analysis endpoint came up: %.2f s = %.1f articles/s (pending left: %d)%n",
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class).replaceAll("[;?].*", ""),
                threads, Runtime.getRuntime().availableProcessors(), ok.get(), n, acceptSeconds, ok.get() / acceptSeconds,
                limited.get(), errors.get(), handoffSeconds, ok.get() / handoffSeconds, pending);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ingest-benchmark.txt"), report);
        System.out.println(report);
    }
}
