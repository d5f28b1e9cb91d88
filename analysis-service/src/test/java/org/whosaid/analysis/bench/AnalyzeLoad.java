package org.whosaid.analysis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on a running analysis-service: N clients (default 2), each posting {@code POST /api/analyze
 * {"text","language"}} back to back over loopback, cycling through the texts of a directory. After a warm-up it
 * measures for a fixed time and prints articles/s, latency p50/p95/p99/max and the count of non-2xx answers.
 * <pre>
 * --url http://localhost:8082   --dir &lt;gnqa json or .txt dir&gt;   --clients 2   --warmup 10   --seconds 30
 * --min-bytes 2048 --max-bytes 5120   --language de   --key &lt;admin key&gt; (else env WHOSAID_ADMIN_API_KEY,
 * else --key-file &lt;data-dir&gt;/admin-api-key)   --pid &lt;service pid&gt;
 * </pre>
 * With {@code --pid} (Linux) it also reads the service's CPU time from /proc before and after the measured period and
 * the harness's own, and prints CPU milliseconds per article: on a machine shared with other work the wall-clock rate
 * understates what two idle cores would serve, and CPU per article gives the estimate (cores / CPU per article).
 */
public final class AnalyzeLoad {
    private AnalyzeLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        String url = opt.getOrDefault("url", "http://localhost:8082").replaceAll("/$", "") + "/api/analyze";
        Path dir = opt.containsKey("dir") ? Path.of(opt.get("dir")) : BenchTexts.defaultDir();
        int clients = Integer.parseInt(opt.getOrDefault("clients", "2"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "10"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        String language = opt.getOrDefault("language", "de");
        String key = opt.get("key");
        if (key == null) key = System.getenv("WHOSAID_ADMIN_API_KEY");
        if (key == null && opt.containsKey("key-file")) key = Files.readString(Path.of(opt.get("key-file"))).trim();
        List<String> texts = BenchTexts.load(dir, Integer.parseInt(opt.getOrDefault("min-bytes", "2048")),
                Integer.parseInt(opt.getOrDefault("max-bytes", "5120")));

        ObjectMapper json = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>();
        for (String t : texts) bodies.add(json.writeValueAsBytes(Map.of("text", t, "language", language)));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = key == null ? null : "Bearer " + key;

        long pid = opt.containsKey("pid") ? Long.parseLong(opt.get("pid")) : -1;
        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong(), lastStatus = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[2_000_000];
            perClient.add(lat);
            int client = c;
            Thread t = new Thread(() -> {
                while (true) {
                    long start = System.nanoTime();
                    if (start >= end) break;
                    byte[] body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
                    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                    if (auth != null) rb.header("Authorization", auth);
                    int status;
                    try {
                        status = http.send(rb.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (start < warmupEnd) continue;
                    if (status < 200 || status > 299) {
                        errors.incrementAndGet();
                        lastStatus.set(status);
                    }
                    if (counts[client] < lat.length) lat[counts[client]++] = done - start;
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        long[] cpuStart = new long[2];
        Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
        cpuStart[0] = processCpuNanos(pid);
        cpuStart[1] = ownCpuNanos();
        for (Thread t : threads) t.join();
        long serverCpu = processCpuNanos(pid) - cpuStart[0], clientCpu = ownCpuNanos() - cpuStart[1];

        int n = 0;
        for (int c : counts) n += c;
        long[] all = new long[n];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "POST %s: %d clients, %d texts of %s–%s bytes from %s, warm-up %d s, measured %d s%n",
                url, clients, texts.size(), opt.getOrDefault("min-bytes", "2048"), opt.getOrDefault("max-bytes", "5120"),
                dir, warmup, seconds);
        System.out.printf(Locale.ROOT, "requests %d, non-2xx %d%s, throughput %.1f articles/s (2xx only)%n", n,
                errors.get(), errors.get() > 0 ? " (last status " + lastStatus.get() + ")" : "",
                (n - errors.get()) / (double) seconds);
        if (pid > 0 && n > 0) {
            double server = serverCpu / 1e6 / n, client = clientCpu / 1e6 / n;
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "CPU per article: service %.2f ms, load client %.2f ms; %d cores -> about %.0f "
                    + "articles/s if the cores served only this (service alone: %.0f)%n", server, client, cores,
                    cores * 1000 / (server + client), cores * 1000 / server);
        }
        if (n > 0)
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", pct(all, 0.50),
                    pct(all, 0.95), pct(all, 0.99), all[n - 1] / 1e6);
    }

    /** utime + stime of a process from /proc/<pid>/stat, in nanoseconds (0 when unavailable). */
    static long processCpuNanos(long pid) {
        if (pid <= 0) return 0;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat(5)
            return ticks * 1_000_000_000L / clockTicks();
        } catch (Exception e) {
            return 0;
        }
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes()).trim());
        } catch (Exception e) {
            return 100;
        }
    }

    private static long ownCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double pct(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
