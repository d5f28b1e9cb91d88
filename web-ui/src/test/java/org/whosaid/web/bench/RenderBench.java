package org.whosaid.web.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Server render time of the cluster and search pages with many articles stored (issue 6: p95 ≤ 100 ms at 100,000).
 *
 * <ol>
 *   <li>Creates the analysis-service's schema by starting the packaged service once on an empty H2 file (its own Flyway
 *   migrations), stops it, fills the file through batch JDBC with {@link BenchData} (kept under
 *   {@code web-ui/target/render-bench/<articles>/}; reused by later runs unless {@code --refill}).</li>
 *   <li>Starts the packaged analysis-service and web-ui jars as child processes on loopback on that data.</li>
 *   <li>Requests each scenario sequentially (one client, warm-up first) from the web-ui and the analysis API call the
 *   page makes, and prints p50/p95/p99 wall time per request and the CPU time both processes spent per request.</li>
 * </ol>
 * The benchmark is not part of the test suite; the command is in docs/ui.md. Other jars (e.g. an older build, to
 * compare): {@code -Dwhosaid.it.analysis-jar=…/quarkus-run.jar -Dwhosaid.bench.web-jar=…/quarkus-run.jar}.
 * PostgreSQL instead of H2: {@code -Dwhosaid.bench.pg-url=jdbc:postgresql://…/db} (an empty database; user and
 * password from {@code whosaid.bench.pg-user}/{@code -password}, default whosaid/whosaid-test) with an analysis jar
 * built for it ({@code -Dquarkus.profile=pg}); the data is then kept in that database, the logs under
 * {@code render-bench/pg-<articles>/}.
 */
public final class RenderBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Scenario(String name, List<String> pages, List<String> apis) {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean refill = Arrays.asList(args).contains("--refill");
        Path root = Path.of(System.getProperty("whosaid.root", "..")).toAbsolutePath().normalize();
        Path dir = root.resolve("web-ui/target/render-bench/" + (PG_URL == null ? "" : "pg-") + articles);
        Path analysisJar = Path.of(System.getProperty("whosaid.it.analysis-jar",
                root.resolve("analysis-service/target/quarkus-app/quarkus-run.jar").toString()));
        Path webJar = Path.of(System.getProperty("whosaid.bench.web-jar",
                root.resolve("web-ui/target/quarkus-app/quarkus-run.jar").toString()));
        for (Path j : List.of(analysisJar, webJar)) {
            if (!Files.isRegularFile(j)) throw new IllegalStateException("missing " + j + ": ./mvnw -o -q install -DskipTests");
        }
        Path data = dir.resolve("data");
        Path marker = dir.resolve("filled");
        String key = "bench-key";
        System.out.printf(Locale.ROOT, "render bench: %,d articles, %d requests per scenario, %s, load average %s%n",
                articles, requests, Instant.now(), loadAverage());
        if (refill || !Files.exists(marker)) {
            deleteTree(dir);
            Files.createDirectories(data);
            int port = freePort();
            // the real schema: the service's own Flyway migrations on an empty database
            Child a = Child.start("analysis", analysisJar, dir, analysisEnv(data, port, key), "http://127.0.0.1:" + port);
            a.stop();
            long t0 = System.nanoTime();
            BenchData d = new BenchData();
            d.fill(jdbc(data), dbUser(), dbPassword(), articles);
            System.out.printf(Locale.ROOT, "filled %,d articles, %,d statements, %,d terms, %,d clusters, %,d links in %.0f s%n",
                    articles, d.statements, d.terms, d.clusterCount, d.links, (System.nanoTime() - t0) / 1e9);
            Files.writeString(marker, "articles=" + articles + "\nstatements=" + d.statements + "\nclusters=" + d.clusterCount + "\n");
        }
        List<Scenario> scenarios = scenarios(data);
        int ap = freePort();
        int wp = freePort();
        String api = "http://127.0.0.1:" + ap;
        String web = "http://127.0.0.1:" + wp;
        Child analysis = Child.start("analysis", analysisJar, dir, analysisEnv(data, ap, key), api);
        Child webUi = null;
        try {
            webUi = Child.start("web", webJar, dir, Map.of("WHOSAID_DATA_DIR", dir.resolve("web").toString(),
                    "WHOSAID_WEB_PORT", "" + wp, "WHOSAID_ANALYSIS_URL", api, "WHOSAID_INGEST_URL", "http://127.0.0.1:9",
                    "WHOSAID_ADMIN_API_KEY", key, "WHOSAID_WEB_ADMIN_PASSWORD", "bench-admin-pw",
                    "WHOSAID_WEB_READ_TIMEOUT", "120000"), web);
            System.out.println("| scenario | web-ui p50 | p95 | p99 | CPU per page (web-ui + analysis) | analysis API p50 | p95 | p99 | API CPU per call |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (Scenario s : scenarios) {
                run(s.apis(), api, Math.max(10, requests / 10), null, null); // warm-up
                run(s.pages(), web, Math.max(10, requests / 10), null, null);
                Result w = run(s.pages(), web, requests, webUi, analysis);
                Result a = run(s.apis(), api, requests, null, analysis);
                System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f + %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
                        s.name(), w.p(50), w.p(95), w.p(99), w.cpuA, w.cpuB, a.p(50), a.p(95), a.p(99), a.cpuB);
            }
            System.out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        } finally {
            if (webUi != null) webUi.stop();
            analysis.stop();
        }
    }

    /** What is requested: the web-ui page and the analysis API call the page makes, several ids per kind. */
    static List<Scenario> scenarios(Path data) throws SQLException {
        BenchData words = new BenchData(); // same seed: the same invented words and outlets as the filled data
        List<Scenario> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc(data), dbUser(), dbPassword())) {
            out.add(clusters("cluster, largest (" + range(c, "order by statement_count desc limit 10") + " renderings)",
                    ids(c, "select id from cluster order by statement_count desc limit 10")));
            out.add(clusters("cluster, 4–8 renderings", ids(c, "select id from cluster where statement_count between 4 and 8 "
                    + "and mod(id, 97) = 0 limit 50")));
            out.add(clusters("cluster, 1 rendering", ids(c, "select id from cluster where statement_count = 1 and mod(id, 89) = 0 limit 50")));
        }
        String common = words.word(2);
        String mid = words.word(150);
        String rare = words.word(4000);
        String outlet = words.outlet(7);
        out.add(search("search, common word", "q=" + common));
        out.add(search("search, two words (last as prefix)", "q=" + common + "+" + mid.substring(0, 3)));
        out.add(search("search, rare word", "q=" + rare));
        out.add(search("search, word + outlet + form + dates", "q=" + mid + "&outlet=" + enc(outlet) + "&form=Direct&from=2024-01-01&to=2024-12-31"));
        out.add(search("search, word + conflicts only", "q=" + common + "&hasConflict=true"));
        out.add(search("search, outlet + dates, no words", "outlet=" + enc(outlet) + "&from=2024-03-01&to=2024-03-31"));
        out.add(search("search, deep page (page 250)", "q=" + common + "&page=250"));
        String surname = words.personNames[7].split(" ")[1];
        out.add(search("search, speaker (surname), no words", "speaker=" + enc(surname)));
        out.add(search("search, word + speaker", "q=" + common + "&speaker=" + enc(surname)));
        return out;
    }

    static Scenario clusters(String name, List<Long> ids) {
        return new Scenario(name, ids.stream().map(i -> "/clusters/" + i).toList(), ids.stream().map(i -> "/api/clusters/" + i).toList());
    }

    static Scenario search(String name, String query) {
        String withPage = query.contains("page=") ? query : query + "&page=0";
        return new Scenario(name, List.of("/search?" + query), List.of("/api/statements?" + withPage + "&size=20"));
    }

    static String range(Connection c, String tail) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("select min(statement_count), max(statement_count) from "
                + "(select statement_count from cluster " + tail + ") x")) {
            r.next();
            return r.getInt(1) + "–" + r.getInt(2);
        }
    }

    static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) out.add(r.getLong(1));
        }
        if (out.isEmpty()) throw new IllegalStateException("no rows for " + sql);
        return out;
    }

    static final class Result {
        final double[] ms;
        double cpuA;
        double cpuB;

        Result(double[] ms) {
            this.ms = ms;
            Arrays.sort(ms);
        }

        double p(int pct) {
            return ms[Math.min(ms.length - 1, (int) Math.ceil(pct / 100.0 * ms.length) - 1)];
        }
    }

    /** n sequential GETs cycling through the paths; CPU time of the given processes per request. */
    static Result run(List<String> paths, String base, int n, Child a, Child b) throws Exception {
        double[] ms = new double[n];
        long ca = a == null ? 0 : a.cpuNanos();
        long cb = b == null ? 0 : b.cpuNanos();
        for (int i = 0; i < n; i++) {
            String p = paths.get(i % paths.size());
            long t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + p)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                System.out.println("  " + base + p + " → " + r.statusCode() + " after " + Math.round(ms[i]) + " ms");
            }
        }
        Result res = new Result(ms);
        if (a != null) res.cpuA = (a.cpuNanos() - ca) / 1e6 / n;
        if (b != null) res.cpuB = (b.cpuNanos() - cb) / 1e6 / n;
        return res;
    }

    static final String PG_URL = System.getProperty("whosaid.bench.pg-url");

    static String jdbc(Path data) {
        if (PG_URL != null) {
            return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("analysis") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    static String dbUser() {
        return PG_URL == null ? "sa" : System.getProperty("whosaid.bench.pg-user", "whosaid");
    }

    static String dbPassword() {
        return PG_URL == null ? "" : System.getProperty("whosaid.bench.pg-password", "whosaid-test");
    }

    /** The analysis-service's environment: its data directory, port, admin key and, for PostgreSQL, the database. */
    static Map<String, String> analysisEnv(Path data, int port, String key) {
        Map<String, String> env = new LinkedHashMap<>(Map.of("WHOSAID_DATA_DIR", data.toString(),
                "WHOSAID_ANALYSIS_PORT", "" + port, "WHOSAID_ADMIN_API_KEY", key));
        if (PG_URL != null) {
            env.put("WHOSAID_ANALYSIS_DB_URL", PG_URL);
            env.put("WHOSAID_DB_USER", dbUser());
            env.put("WHOSAID_DB_PASSWORD", dbPassword());
        }
        return env;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "n/a";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A packaged service as a child process (same JVM options as the system tests' harness). */
    static final class Child {
        final Process process;
        final String name;

        private Child(String name, Process p) {
            this.name = name;
            this.process = p;
        }

        static Child start(String name, Path jar, Path dir, Map<String, String> env, String base) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString())
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
            Map<String, String> e = new LinkedHashMap<>(env);
            e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            pb.environment().putAll(e);
            Child c = new Child(name, pb.start());
            Instant deadline = Instant.now().plusSeconds(1200);
            while (Instant.now().isBefore(deadline)) {
                if (!c.process.isAlive()) throw new IllegalStateException(name + " exited; see " + dir.resolve(name + ".log"));
                try {
                    if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return c;
                } catch (IOException ignored) {
                    // not listening yet
                }
                Thread.sleep(300);
            }
            c.stop();
            throw new IllegalStateException(name + " not ready after 1200 s");
        }

        long cpuNanos() {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }
}
