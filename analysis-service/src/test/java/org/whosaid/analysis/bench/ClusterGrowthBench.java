package org.whosaid.analysis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Write cost as clusters grow: posts generated near-duplicate articles (invented towns, people and council topics;
 * every article repeats one indirect quote, so a few clusters grow by one member per article) one at a time to a
 * running analysis-service ({@code POST /api/articles}) and prints, per window of articles, the POST wall time
 * p50/p95, the service's CPU per article (from /proc, with {@code --pid}) and the mean wall and thread-CPU time of each
 * write phase from the {@code whosaid.write.phase} / {@code whosaid.write.phase.cpu} timers at /q/metrics, next to the
 * size of the largest cluster the window's last article joined and the load average.
 *
 * <pre>
 * ./mvnw -B -q -o -pl analysis-service package -DskipTests
 * WHOSAID_DATA_DIR=$(mktemp -d) WHOSAID_ADMIN_API_KEY=bench WHOSAID_ANALYSIS_PORT=18082 \
 *     java -Xmx512m -jar analysis-service/target/quarkus-app/quarkus-run.jar &amp;
 * ./mvnw -q -o -pl analysis-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp analysis-service/target/test-classes:$(cat analysis-service/target/cp.txt) \
 *     org.whosaid.analysis.bench.ClusterGrowthBench --url http://127.0.0.1:18082 --key bench --pid &lt;pid&gt; \
 *     --articles 1200 --window 100 [--names 6]
 * </pre>
 * {@code --names 1}: one town, one surname, one topic, five first names: a handful of clusters, each growing by one
 * rendering per article (the harshest case for per-article cluster work).
 * Results: docs/operations.md ("Write cost as clusters grow").
 */
public final class ClusterGrowthBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOWNS = {"Quellbrunn", "Hasselfurt", "Ostermoor", "Bergwinkel"};
    private static final String[] FIRST = {"Ilka", "Jonas", "Petra", "Ruben", "Wiebke"};
    private static final String[] LAST = {"Falkenrath", "Grünspan", "Hollerbeck", "Ixmeier", "Lorbach", "Quandtmann"};
    private static final String[] TOPICS = {"den Radweg am Kanal", "die Stadtbibliothek", "das Klärwerk", "den Busbahnhof"};
    private static final Pattern METRIC = Pattern.compile(
            "^whosaid_write_phase(_cpu)?_seconds_(sum|count)\\{[^}]*phase=\"([a-z]+)\"[^}]*} ([0-9.Ee+-]+)$",
            Pattern.MULTILINE);

    private ClusterGrowthBench() {
    }

    /** An invented German council report, unique by {@code n}; every one repeats the same indirect quote. */
    static ObjectNode article(long id, int n, int names) {
        Random rnd = new Random(n * 104_729L);
        String town = TOWNS[rnd.nextInt(Math.min(names, TOWNS.length))];
        String speaker = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(Math.min(names, LAST.length))];
        String other = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(Math.min(names, LAST.length))];
        String topic = TOPICS[rnd.nextInt(Math.min(names, TOPICS.length))];
        String text = "Der Gemeinderat von " + town + " hat am Dienstag über " + topic + " gestritten. Geplant sind "
                + (2 + rnd.nextInt(30)) + " Millionen Euro, Drucksache " + n + ".\n\n"
                + "„Wir bauen " + topic + " noch in diesem Jahr, Drucksache " + n + " ist beschlossen“, sagte Ortsvorsteher "
                + speaker + " am Abend. Das Geld komme vollständig aus dem Landesprogramm.\n\n"
                + "Ratsherr " + other + " sagte, die Planung sei nicht solide gerechnet. Abgestimmt werde im "
                + (rnd.nextBoolean() ? "März" : "April") + ".";
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id);
        a.put("version", 1);
        a.put("url", "https://bench.example/rat/" + id);
        a.put("outlet", "Kreisblatt " + town);
        a.put("title", "Gemeinderat " + town + " streitet über " + topic + " (" + n + ")");
        // dates out of order: the earliest rendering (the reference) of a growing cluster changes now and then
        a.put("publishedAt", String.format("2026-03-%02dT%02d:%02d:00+01:00", 1 + (n * 7) % 28, 6 + n % 14, n % 60));
        a.put("language", "de");
        a.put("text", text);
        return a;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = opt.getOrDefault("url", "http://127.0.0.1:18082").replaceAll("/$", "");
        String key = opt.getOrDefault("key", System.getenv("WHOSAID_ADMIN_API_KEY"));
        int articles = Integer.parseInt(opt.getOrDefault("articles", "1200"));
        int window = Integer.parseInt(opt.getOrDefault("window", "100"));
        long firstId = Long.parseLong(opt.getOrDefault("first-id", "900000"));
        long pid = Long.parseLong(opt.getOrDefault("pid", "-1"));
        // how many towns, surnames and topics are used (first names always vary): 1 makes every article join the
        // same few clusters, so they grow by one rendering per article
        int names = Integer.parseInt(opt.getOrDefault("names", "6"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        System.out.println("| articles stored | largest cluster | POST wall p50 / p95 ms | service CPU ms/article | "
                + "phase mean thread CPU ms (wall ms): lock, persons, align, clusters, stories, names | load avg |");
        System.out.println("|---|---|---|---|---|---|");
        Map<String, Double> m0 = metrics(http, url);
        double cpu0 = processCpu(pid);
        List<Long> walls = new ArrayList<>();
        int errors = 0;
        for (int n = 0; n < articles; n++) {
            long id = firstId + n;
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(article(id, n, names))));
            if (key != null) {
                req.header("Authorization", "Bearer " + key);
            }
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            walls.add(System.nanoTime() - t);
            if (r.statusCode() / 100 != 2) {
                errors++;
                System.err.println("POST " + id + " -> " + r.statusCode() + " " + r.body());
            }
            if ((n + 1) % window == 0) {
                Map<String, Double> m1 = metrics(http, url);
                double cpu1 = processCpu(pid);
                StringBuilder ph = new StringBuilder();
                for (String p : List.of("lock", "persons", "align", "clusters", "stories", "names")) {
                    double c = mean(m0, m1, "cpu:" + p) * 1000;
                    double w = mean(m0, m1, "wall:" + p) * 1000;
                    ph.append(ph.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.1f (%.1f)", c, w));
                }
                walls.sort(null);
                System.out.printf(Locale.ROOT, "| %d | %d | %.0f / %.0f | %s | %s | %s |%n", n + 1,
                        largestCluster(http, url, id), walls.get(walls.size() / 2) / 1e6,
                        walls.get((int) (walls.size() * 0.95)) / 1e6,
                        pid > 0 ? String.format(Locale.ROOT, "%.1f", 1000 * (cpu1 - cpu0) / window) : "n/a", ph,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                walls.clear();
                m0 = m1;
                cpu0 = cpu1;
            }
        }
        System.out.println("errors: " + errors);
        if (errors > 0) {
            System.exit(1);
        }
    }

    static double mean(Map<String, Double> m0, Map<String, Double> m1, String key) {
        double count = m1.getOrDefault(key + ":count", 0.0) - m0.getOrDefault(key + ":count", 0.0);
        double sum = m1.getOrDefault(key + ":sum", 0.0) - m0.getOrDefault(key + ":sum", 0.0);
        return count == 0 ? 0 : sum / count;
    }

    static Map<String, Double> metrics(HttpClient http, String url) throws Exception {
        String text = http.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> out = new HashMap<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            out.put((m.group(1) == null ? "wall:" : "cpu:") + m.group(3) + ":" + m.group(2), Double.parseDouble(m.group(4)));
        }
        return out;
    }

    static long largestCluster(HttpClient http, String url, long articleId) throws Exception {
        JsonNode sts = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/articles/" + articleId
                + "/statements")).build(), HttpResponse.BodyHandlers.ofString()).body()).path("items");
        Set<String> clusters = new LinkedHashSet<>();
        for (JsonNode s : sts) {
            if (!s.path("clusterId").isMissingNode() && !s.path("clusterId").isNull()) {
                clusters.add(s.path("clusterId").asText());
            }
        }
        long max = 0;
        for (String c : clusters) {
            JsonNode cl = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url + "/api/clusters/" + c + "?size=1"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            max = Math.max(max, cl.path("statementCount").asLong());
        }
        return max;
    }

    /** CPU seconds (user + system) of a process, from /proc/&lt;pid&gt;/stat; NaN when unknown. */
    static double processCpu(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
