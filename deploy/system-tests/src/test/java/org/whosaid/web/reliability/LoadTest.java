package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.whosaid.web.system.SystemUnderTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load test on loopback (not part of the normal build; see docs/operations.md for the command and figures): starts the
 * three packaged services on H2 through {@link SystemUnderTest}, ingests a realistic data set at a paced, sustained
 * rate (the German WikiNews articles of ../shared/corpus/gnqa2024 read at run time, topped up with generated fictional
 * articles to the requested count) while the analysis runs, waits until all are analysed, then measures latency
 * percentiles of the main read endpoints. Reports wall time, the services' CPU time (from /proc, which contention on
 * a shared machine distorts far less) and the load average. Writes deploy/system-tests/target/load-report.md. Fails on any error.
 *
 * <pre>./mvnw -B -pl deploy/system-tests test -Dtest=LoadTest -Dwhosaid.load=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Knobs: -Dwhosaid.load.articles (2000), -Dwhosaid.load.rate (articles/s offered, 20), -Dwhosaid.load.clients (4
 * ingest clients), -Dwhosaid.load.readClients (4), -Dwhosaid.load.requests (500 per endpoint), -Dwhosaid.it.xmx (512m).
 */
@EnabledIfSystemProperty(named = "whosaid.load", matches = "true")
class LoadTest {

    SystemUnderTest sut;
    final StringBuilder report = new StringBuilder();

    @AfterEach
    void tearDown() {
        if (sut != null) sut.close();
    }

    @Test
    void loadOnLoopback() throws Exception {
        ReliabilitySupport.assumeJars();
        assertTrue(Files.isRegularFile(SystemUnderTest.jar(SystemUnderTest.WEB)), "build the web-ui jar first: ./mvnw package -DskipTests");
        int count = Integer.getInteger("whosaid.load.articles", 2000);
        double rate = Double.parseDouble(System.getProperty("whosaid.load.rate", "20"));
        int ingestClients = Integer.getInteger("whosaid.load.clients", 4);
        int readClients = Integer.getInteger("whosaid.load.readClients", 4);
        int requests = Integer.getInteger("whosaid.load.requests", 500);

        sut = SystemUnderTest.create("load", ReliabilitySupport.ENV);
        sut.startAnalysis();
        sut.startIngest();
        sut.startWeb();
        String ingest = sut.ingestUrl();
        String analysis = sut.analysisUrl();
        String web = sut.webUrl();

        List<ObjectNode> articles = dataSet(count);
        line("#### Load test run, %s", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
        line("");
        line("Machine: %d cores (`nproc`), Java %s, H2 embedded, the three services as packaged jars (-Xmx%s each), loopback. "
                        + "Load average before: %s.", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("whosaid.it.xmx", "512m"), loadAverage());
        line("Data set: %d articles (%s), %d KB of text.", articles.size(), source,
                articles.stream().mapToInt(a -> a.get("text").asText().length()).sum() / 1024);
        line("");

        // ---- ingest: paced at `rate` articles/s over `ingestClients` connections, one article per POST
        double[] cpu0 = cpu();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> ingestLatencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        AtomicLong maxBacklog = new AtomicLong();
        long t0 = System.nanoTime();
        long interval = (long) (1e9 / rate);
        ExecutorService pool = Executors.newFixedThreadPool(ingestClients);
        for (int c = 0; c < ingestClients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    long due = t0 + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    long s = System.nanoTime();
                    try {
                        Api.Response r = Api.postJson(ingest + "/api/articles", articles.get(i));
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
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            JsonNode o = Api.get(ingest + "/api/outbox").body();
            if (o != null) maxBacklog.accumulateAndGet(o.path("pending").asLong(), Math::max);
        }
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        double[] cpu1 = cpu();
        JsonNode drained = Api.awaitOutboxEmpty(ingest, Duration.ofMinutes(5));
        double analysedSeconds = (System.nanoTime() - t0) / 1e9;
        double[] cpu2 = cpu();
        assertEquals(0, drained.path("pending").asInt(), "all analysed: " + drained);
        line("##### Ingest (%d connections, offered %.0f articles/s, `POST /api/articles` JSON, analysis running at the same time)",
                ingestClients, rate);
        line("");
        line("| measure | value |");
        line("|---|---|");
        line("| articles accepted | %d of %d (errors: %d) |", ids.size(), articles.size(), errors.size());
        line("| sustained ingest rate | **%.1f articles/s** over %.0f s |", ids.size() / ingestSeconds, ingestSeconds);
        line("| POST latency p50 / p95 / p99 | %s |", percentiles(new ArrayList<>(ingestLatencies)));
        line("| largest analysis backlog while ingesting | %d articles |", maxBacklog.get());
        line("| analysed end to end (outbox empty) | %.0f s after the first POST: **%.1f articles/s** |", analysedSeconds, ids.size() / analysedSeconds);
        line("| outbox failed | %d |", drained.path("failed").asInt());
        line("| CPU time, ingest-service | %.1f s (%.1f ms per article) |", cpu2[0] - cpu0[0], 1000 * (cpu2[0] - cpu0[0]) / Math.max(1, ids.size()));
        line("| CPU time, analysis-service | %.1f s (%.1f ms per article; %.1f s of it while the ingest ran) |", cpu2[1] - cpu0[1],
                1000 * (cpu2[1] - cpu0[1]) / Math.max(1, ids.size()), cpu1[1] - cpu0[1]);
        line("| load average after the drain | %s |", loadAverage());
        line("| analysis write per article, mean thread CPU (wall) by phase | %s |", writePhases(analysis));
        line("");

        // ---- reads
        List<Long> articleIds = new ArrayList<>(ids);
        List<String> clusterIds = new ArrayList<>();
        JsonNode clusters = Api.get(analysis + "/api/clusters?size=200").body();
        for (JsonNode c : clusters.path("items")) {
            clusterIds.add(c.path("id").asText());
        }
        long statementsTotal = Api.get(analysis + "/api/statements?size=1").body().path("total").asLong();
        long conflictsTotal = Api.get(analysis + "/api/conflicts?size=1").body().path("total").asLong();
        line("Stored: %d articles, %d statements, %d clusters, %d conflicts.", articleIds.size(), statementsTotal,
                clusters.path("total").asLong(), conflictsTotal);
        line("");
        line("##### Reads (%d concurrent clients, %d requests per endpoint after 50 warm-up requests)", readClients, requests);
        line("");
        line("| endpoint | p50 ms | p95 ms | p99 ms | max ms | req/s | errors |");
        line("|---|---|---|---|---|---|---|");
        Random rnd = new Random(42);
        String[] words = {"Regierung", "Polizei", "Millionen", "Präsident", "Stadtrat", "Euro", "Krieg", "Wahl"};
        IntFunction<Long> anyArticle = i -> articleIds.get(rnd.nextInt(articleIds.size()));
        IntFunction<String> anyCluster = i -> clusterIds.get(rnd.nextInt(clusterIds.size()));
        IntFunction<String> anyWord = i -> URLEncoder.encode(words[i % words.length], StandardCharsets.UTF_8);
        double[] readCpu0 = cpu();
        long readT0 = System.nanoTime();
        int totalErrors = errors.size();
        totalErrors += read("analysis `GET /api/clusters?size=20`", i -> analysis + "/api/clusters?size=20&page=" + (i % 5), readClients, requests);
        totalErrors += read("analysis `GET /api/statements?q=…` (search)", i -> analysis + "/api/statements?size=20&q=" + anyWord.apply(i), readClients, requests);
        totalErrors += read("analysis `GET /api/conflicts?size=20`", i -> analysis + "/api/conflicts?size=20&page=" + (i % 3), readClients, requests);
        totalErrors += read("analysis `GET /api/clusters/{id}`", i -> analysis + "/api/clusters/" + anyCluster.apply(i), readClients, requests);
        totalErrors += read("analysis `GET /api/articles/{id}/statements`", i -> analysis + "/api/articles/" + anyArticle.apply(i) + "/statements", readClients, requests);
        totalErrors += read("ingest `GET /api/articles/{id}`", i -> ingest + "/api/articles/" + anyArticle.apply(i), readClients, requests);
        totalErrors += read("web-ui `GET /` (home)", i -> web + "/", readClients, requests);
        totalErrors += read("web-ui `GET /search?q=…`", i -> web + "/search?q=" + anyWord.apply(i), readClients, requests);
        totalErrors += read("web-ui `GET /clusters/{id}`", i -> web + "/clusters/" + anyCluster.apply(i), readClients, requests);
        totalErrors += read("web-ui `GET /articles/{id}`", i -> web + "/articles/" + anyArticle.apply(i), readClients, requests);
        double[] readCpu1 = cpu();
        line("");
        line("Read phase: %.0f s wall; CPU time analysis-service %.1f s, ingest-service %.1f s, web-ui %.1f s. Load average after: %s.",
                (System.nanoTime() - readT0) / 1e9, readCpu1[1] - readCpu0[1], readCpu1[0] - readCpu0[0], readCpu1[2] - readCpu0[2], loadAverage());
        line("Errors in total: %d.", totalErrors);
        errors.stream().limit(5).forEach(e -> line("- %s", e));

        Path out = Paths.get("target", "load-report.md");
        Files.writeString(out, report.toString());
        System.out.println(report);
        assertEquals(0, totalErrors, "no errors under load; see " + out.toAbsolutePath());
    }

    String source = "";

    /** German WikiNews articles from ../shared/corpus/gnqa2024 (read at run time, never copied), topped up with generated ones. */
    List<ObjectNode> dataSet(int max) throws IOException {
        Path corpus = Paths.get(System.getProperty("whosaid.shared", SystemUnderTest.root().resolve("../shared").toString())).resolve("corpus/gnqa2024");
        List<ObjectNode> out = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            int i = 0;
            for (Path f : files) {
                if (out.size() >= max) break;
                JsonNode doc = Api.JSON.readTree(f.toFile());
                String text = doc.path("originalText").asText("");
                if (text.isBlank()) continue;
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
        }
        int corpusCount = out.size();
        if (out.size() < max) out.addAll(Api.articles("load-" + System.nanoTime(), max - out.size()));
        source = corpusCount + " German WikiNews articles of ../shared/corpus/gnqa2024 (read at run time) + "
                + (out.size() - corpusCount) + " generated fictional council reports";
        Collections.shuffle(out, new Random(7));
        return out;
    }

    int read(String label, IntFunction<String> url, int clients, int requests) throws Exception {
        for (int i = 0; i < 50; i++) {
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

    /** CPU seconds (user + system) consumed so far by ingest, analysis and web-ui, from /proc/<pid>/stat. */
    double[] cpu() {
        String[] services = {SystemUnderTest.INGEST, SystemUnderTest.ANALYSIS, SystemUnderTest.WEB};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            long pid = sut.pid(services[i]);
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out[i] = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (USER_HZ 100)
            } catch (IOException | RuntimeException e) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1/5/15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Mean thread CPU and wall time per article of each analysis write phase since the service started, from the
     * {@code whosaid.write.phase.cpu} / {@code whosaid.write.phase} timers at /q/metrics.
     */
    static String writePhases(String analysisUrl) {
        try {
            String text = Api.HTTP.send(HttpRequest.newBuilder(URI.create(analysisUrl + "/q/metrics")).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.Map<String, Double> v = new java.util.HashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "^whosaid_write_phase(_cpu)?_seconds_(sum|count)\\{[^}]*phase=\"([a-z]+)\"[^}]*} ([0-9.Ee+-]+)$",
                    java.util.regex.Pattern.MULTILINE).matcher(text);
            while (m.find()) {
                v.put((m.group(1) == null ? "wall:" : "cpu:") + m.group(3) + ":" + m.group(2), Double.parseDouble(m.group(4)));
            }
            StringBuilder out = new StringBuilder();
            for (String p : List.of("lock", "persons", "align", "clusters", "stories", "names")) {
                double n = v.getOrDefault("cpu:" + p + ":count", 0.0);
                if (n == 0) continue;
                out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f (%.1f) ms", p,
                        1000 * v.getOrDefault("cpu:" + p + ":sum", 0.0) / n, 1000 * v.getOrDefault("wall:" + p + ":sum", 0.0) / n));
            }
            return out.isEmpty() ? "not reported" : out.toString();
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
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
        if (sorted.length == 0) return 0;
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
