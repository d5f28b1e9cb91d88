package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load test on loopback (not part of the normal build; see docs/operations.md for the command and figures):
 * starts the three packaged services on H2 in a temp dir, ingests a realistic data set (the German WikiNews
 * articles of ../shared/corpus/gnqa2024 read at run time, or generated fictional articles if absent) with
 * concurrent clients, waits until all are analysed, then measures latency percentiles of the main read
 * endpoints. Writes web-ui/target/load-report.md. Fails on any error.
 *
 * <pre>./mvnw -B -pl web-ui test -Dtest=LoadTest -Dwhosaid.load=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Knobs: -Dwhosaid.load.articles (default all corpus articles), -Dwhosaid.load.clients (4 ingest clients),
 * -Dwhosaid.load.readClients (8), -Dwhosaid.load.requests (1000 per endpoint).
 */
@EnabledIfSystemProperty(named = "whosaid.load", matches = "true")
class LoadTest {

    Path tmp;
    final List<ServiceProcess> started = new ArrayList<>();
    final StringBuilder report = new StringBuilder();

    @AfterEach
    void tearDown() throws Exception {
        for (ServiceProcess p : started) {
            p.stop();
        }
        ReliabilitySupport.deleteTree(tmp);
    }

    @Test
    void loadOnLoopback() throws Exception {
        ReliabilitySupport.assumeJars();
        int maxArticles = Integer.getInteger("whosaid.load.articles", Integer.MAX_VALUE);
        int ingestClients = Integer.getInteger("whosaid.load.clients", 4);
        int readClients = Integer.getInteger("whosaid.load.readClients", 8);
        int requests = Integer.getInteger("whosaid.load.requests", 1000);
        tmp = Files.createTempDirectory("whosaid-load-");

        ServiceProcess analysis = ReliabilitySupport.analysis(ServiceProcess.freePort(), tmp.resolve("analysis"), "load-analysis");
        ServiceProcess ingest = ReliabilitySupport.ingest(ServiceProcess.freePort(), tmp.resolve("ingest"), analysis.port, "load-ingest");
        ServiceProcess web = new ServiceProcess("web-ui", ServiceProcess.freePort(), tmp.resolve("web"), "load-web");
        web.env.put("WHOSAID_INGEST_URL", ingest.url());
        web.env.put("WHOSAID_ANALYSIS_URL", analysis.url());
        web.env.put("WHOSAID_WEB_ANONYMOUS_READ", "true");
        for (ServiceProcess p : List.of(analysis, ingest, web)) {
            started.add(p.start());
        }
        for (ServiceProcess p : started) {
            p.awaitReady(ReliabilitySupport.START);
        }

        List<ObjectNode> articles = dataSet(maxArticles);
        line("# whosaid load test, %s", java.time.OffsetDateTime.now().withNano(0));
        line("");
        line("Machine: %d cores (`nproc`), Java %s, H2 embedded, services as packaged jars (-Xmx384m each), loopback.",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line("Data set: %d articles (%s), %d KB of text.", articles.size(), source,
                articles.stream().mapToInt(a -> a.get("text").asText().length()).sum() / 1024);
        line("");

        // ---- ingest: concurrent clients, one article per POST
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> ingestLatencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(ingestClients);
        for (int c = 0; c < ingestClients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    long s = System.nanoTime();
                    try {
                        Api.Response r = Api.postJson(ingest.url() + "/api/articles", articles.get(i));
                        ingestLatencies.add(System.nanoTime() - s);
                        if (r.status() == 201 || r.status() == 200) {
                            ids.add(r.body().path("id").asLong());
                        } else {
                            errors.add("POST " + r.status() + " " + r.raw());
                        }
                    } catch (Exception e) {
                        errors.add("POST " + e);
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.MINUTES));
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        JsonNode drained = Api.awaitOutboxEmpty(ingest, Duration.ofMinutes(5));
        double analysedSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, drained.path("pending").asInt(), "all analysed: " + drained);
        line("## Ingest (%d concurrent clients, `POST /api/articles` JSON, analysis running at the same time)", ingestClients);
        line("");
        line("| measure | value |");
        line("|---|---|");
        line("| articles accepted | %d of %d (errors: %d) |", ids.size(), articles.size(), errors.size());
        line("| sustained ingest rate | **%.1f articles/s** (%.1f s) |", ids.size() / ingestSeconds, ingestSeconds);
        line("| POST latency p50 / p95 / p99 | %s |", percentiles(new ArrayList<>(ingestLatencies)));
        line("| analysed end to end (outbox empty) | %.1f s after the first POST: **%.1f articles/s** |", analysedSeconds, ids.size() / analysedSeconds);
        line("| outbox failed | %d |", drained.path("failed").asInt());
        line("");

        // ---- reads
        List<Long> articleIds = new ArrayList<>(ids);
        List<Long> clusterIds = new ArrayList<>();
        JsonNode clusters = Api.get(analysis.url() + "/api/clusters?size=200").body();
        for (JsonNode c : clusters.path("items")) {
            clusterIds.add(c.path("id").asLong());
        }
        long statementsTotal = Api.get(analysis.url() + "/api/statements?size=1").body().path("total").asLong();
        line("Stored: %d articles, %d statements, %d clusters.", articleIds.size(), statementsTotal,
                clusters.path("total").asLong());
        line("");
        line("## Reads (%d concurrent clients, %d requests per endpoint after 100 warm-up requests)", readClients, requests);
        line("");
        line("| endpoint | p50 ms | p95 ms | p99 ms | max ms | req/s | errors |");
        line("|---|---|---|---|---|---|---|");
        Random rnd = new Random(42);
        IntFunction<Long> anyArticle = i -> articleIds.get(rnd.nextInt(articleIds.size()));
        IntFunction<Long> anyCluster = i -> clusterIds.isEmpty() ? 0L : clusterIds.get(rnd.nextInt(clusterIds.size()));
        int totalErrors = errors.size();
        totalErrors += read("ingest `GET /api/articles?size=20`", i -> ingest.url() + "/api/articles?size=20&page=" + (i % 10), readClients, requests);
        totalErrors += read("ingest `GET /api/articles/{id}`", i -> ingest.url() + "/api/articles/" + anyArticle.apply(i), readClients, requests);
        totalErrors += read("analysis `GET /api/statements?size=20`", i -> analysis.url() + "/api/statements?size=20&page=" + (i % 10), readClients, requests);
        totalErrors += read("analysis `GET /api/articles/{id}/statements`", i -> analysis.url() + "/api/articles/" + anyArticle.apply(i) + "/statements", readClients, requests);
        totalErrors += read("analysis `GET /api/clusters?size=20`", i -> analysis.url() + "/api/clusters?size=20&page=" + (i % 5), readClients, requests);
        if (!clusterIds.isEmpty()) {
            totalErrors += read("analysis `GET /api/clusters/{id}`", i -> analysis.url() + "/api/clusters/" + anyCluster.apply(i), readClients, requests);
        }
        totalErrors += read("web-ui `GET /` (home)", i -> web.url() + "/", readClients, requests);
        totalErrors += read("web-ui `GET /articles/{id}`", i -> web.url() + "/articles/" + anyArticle.apply(i), readClients, requests);
        if (!clusterIds.isEmpty()) {
            totalErrors += read("web-ui `GET /clusters/{id}`", i -> web.url() + "/clusters/" + anyCluster.apply(i), readClients, requests);
        }
        line("");
        line("Errors in total: %d.", totalErrors);
        errors.stream().limit(5).forEach(e -> line("- %s", e));

        Path out = Paths.get("target", "load-report.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
        assertEquals(0, totalErrors, "no errors under load; see " + out.toAbsolutePath());
    }

    String source = "";

    /** German WikiNews articles from ../shared/corpus/gnqa2024 (read at run time, never copied), else generated ones. */
    List<ObjectNode> dataSet(int max) throws IOException {
        Path corpus = Paths.get(System.getProperty("whosaid.shared", "../shared")).resolve("corpus/gnqa2024");
        List<ObjectNode> out = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            int i = 0;
            for (Path f : files) {
                if (out.size() >= max) {
                    break;
                }
                JsonNode doc = Api.JSON.readTree(f.toFile());
                String text = doc.path("originalText").asText("");
                if (text.isBlank()) {
                    continue;
                }
                ObjectNode a = Api.JSON.createObjectNode();
                String name = doc.path("documentName").asText(f.getFileName().toString());
                a.put("url", "https://load.example/wikinews/" + (i++) + "-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
                a.put("outlet", "Loadtest Outlet " + (i % 7));
                a.put("title", name);
                a.put("publishedAt", String.format("2024-%02d-%02dT10:00:00+01:00", 1 + i % 12, 1 + i % 28));
                a.put("language", "de");
                a.put("text", text);
                out.add(a);
            }
            source = "German WikiNews, ../shared/corpus/gnqa2024 train+dev, read at run time";
        }
        if (out.isEmpty()) {
            out.addAll(Api.articles("load", Math.min(max, 1000)));
            source = "generated fictional articles";
        }
        Collections.shuffle(out, new Random(7));
        return out;
    }

    int read(String label, IntFunction<String> url, int clients, int requests) throws Exception {
        for (int i = 0; i < 100; i++) {
            timedGet(url.apply(i));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String u = url.apply(i);
                    long s = System.nanoTime();
                    try {
                        int status = timedGet(u);
                        latencies.add(System.nanoTime() - s);
                        if (status != 200) {
                            errors.incrementAndGet();
                            samples.add(status + " " + u);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        samples.add(e + " " + u);
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.MINUTES));
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] ms = sorted(new ArrayList<>(latencies));
        line("| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %d |", label, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, requests / secs, errors.get());
        samples.stream().limit(3).forEach(s -> System.out.println("load error: " + s));
        return errors.get();
    }

    static int timedGet(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = Api.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode();
    }

    static long[] sorted(List<Long> l) {
        long[] a = l.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    static String percentiles(List<Long> l) {
        long[] a = sorted(l);
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", pct(a, 50), pct(a, 95), pct(a, 99));
    }

    void line(String fmt, Object... args) {
        report.append(String.format(Locale.ROOT, fmt, args)).append('\n');
    }
}
