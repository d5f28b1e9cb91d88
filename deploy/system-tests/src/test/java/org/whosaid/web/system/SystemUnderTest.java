package org.whosaid.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The real ingest-service and analysis-service, started as child processes ({@code java -jar …/quarkus-run.jar}) on
 * free loopback ports, each with a fresh H2 file database in a temporary directory, for system tests.
 *
 * <pre>{@code
 * try (SystemUnderTest sut = SystemUnderTest.start()) {
 *     sut.ingestUrl();      // http://127.0.0.1:<port>
 *     sut.analysisUrl();
 *     sut.adminKey();       // the Bearer key both services accept (WHOSAID_ADMIN_API_KEY)
 *     sut.stopAnalysis();   // SIGTERM, waits for exit;  sut.killIngest() sends SIGKILL
 *     sut.startAnalysis();  // same port, same database: data survives restarts
 * }
 * }</pre>
 *
 * Jars: system properties {@code whosaid.it.ingest-jar} / {@code whosaid.it.analysis-jar}, else
 * {@code <root>/ingest-service/target/quarkus-app/quarkus-run.jar} (and analysis-service) with the root from the system
 * property {@code whosaid.root} (set by surefire), else the nearest directory above the working directory holding the
 * {@code whosaid} launcher (from {@code deploy/system-tests}: {@code ../..}). {@link #available()}
 * tells whether both jars exist, so tests can skip with a message when they were not built. Extra environment for
 * both services can be given to {@link #start(Map)}; the services' logs go to {@link #logOf(String)}.
 * Readiness is {@code GET /q/health/ready} answering 200, within {@code whosaid.it.start-timeout-seconds} (default 180).
 *
 * <p>The one launcher of the system tests (module {@code deploy/system-tests}): {@link SystemResource} uses {@link #start(Map)}
 * and {@link #startWeb()}; reliability and load tests use
 * {@link #create(String, Map)} (nothing started yet, logs kept in {@code target/reliability-logs/<name>-<service>.log})
 * and start, stop or kill each service themselves, the web-ui too ({@link #startWeb()}). An admin key given in the
 * environment ({@code WHOSAID_ADMIN_API_KEY}) replaces the generated one; {@code whosaid.it.xmx} sets the heap (512m).
 */
public final class SystemUnderTest implements AutoCloseable {
    public static final String INGEST = "ingest";
    public static final String ANALYSIS = "analysis";
    public static final String WEB = "web";

    private final Path dir;
    private final Path logDir;
    private final String logPrefix;
    private final String adminKey;
    private final int ingestPort;
    private final int analysisPort;
    private final int webPort;
    private final Map<String, String> extraEnv;
    private Process ingest;
    private Process analysis;
    private Process web;

    private SystemUnderTest(String name, Map<String, String> extraEnv) throws IOException {
        this.dir = Files.createTempDirectory(name == null ? "whosaid-sut-" : "whosaid-" + name + "-");
        this.logDir = name == null ? dir : Path.of("target", "reliability-logs").toAbsolutePath();
        this.logPrefix = name == null ? "" : name + "-";
        this.adminKey = extraEnv.getOrDefault("WHOSAID_ADMIN_API_KEY", "it-" + UUID.randomUUID());
        this.ingestPort = freePort();
        this.analysisPort = freePort();
        this.webPort = freePort();
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /**
     * Prepares a system without starting anything: ports, data directory, admin key. {@code name} names the logs
     * ({@code target/reliability-logs/<name>-<service>.log}, kept after {@link #close()}); {@code env} goes to every service.
     */
    public static SystemUnderTest create(String name, Map<String, String> env) {
        try {
            return new SystemUnderTest(name, env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts both services (analysis first) and waits until both are ready. */
    public static SystemUnderTest start() {
        return start(Map.of());
    }

    /** Like {@link #start()}, with extra environment variables for both services. */
    public static SystemUnderTest start(Map<String, String> extraEnv) {
        SystemUnderTest s = create(null, extraEnv);
        try {
            s.startAnalysis();
            s.startIngest();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Whether the ingest- and analysis-service jars exist (build them with {@code ./mvnw -pl ingest-service,analysis-service package -DskipTests}). */
    public static boolean available() {
        return Files.isRegularFile(jar(INGEST)) && Files.isRegularFile(jar(ANALYSIS));
    }

    public static Path root() {
        String r = System.getProperty("whosaid.root");
        if (r != null) return Path.of(r).toAbsolutePath().normalize();
        // run from deploy/system-tests (or anywhere below the root): the nearest directory holding the launcher
        Path p = Path.of("").toAbsolutePath();
        while (p.getParent() != null && !Files.isRegularFile(p.resolve("whosaid"))) p = p.getParent();
        return p.normalize();
    }

    public static Path jar(String service) {
        String prop = System.getProperty("whosaid.it." + service + "-jar");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return root().resolve((WEB.equals(service) ? "web-ui" : service + "-service") + "/target/quarkus-app/quarkus-run.jar");
    }

    public String ingestUrl() { return "http://127.0.0.1:" + ingestPort; }
    public String analysisUrl() { return "http://127.0.0.1:" + analysisPort; }
    public String webUrl() { return "http://127.0.0.1:" + webPort; }
    public String adminKey() { return adminKey; }
    /** The services' data directory (WHOSAID_DATA_DIR). */
    public Path dataDir() { return dir.resolve("data"); }
    public Path logOf(String service) { return logDir.resolve(logPrefix + service + ".log"); }

    public synchronized void startIngest() {
        if (ingest != null && ingest.isAlive()) return;
        ingest = launch(INGEST, ingestPort);
        awaitReady(INGEST, ingest, ingestUrl());
    }

    public synchronized void startAnalysis() {
        if (analysis != null && analysis.isAlive()) return;
        analysis = launch(ANALYSIS, analysisPort);
        awaitReady(ANALYSIS, analysis, analysisUrl());
    }

    /** The web-ui, pointed at both services (anonymous reading on); needs {@code web-ui/target/quarkus-app}. */
    public synchronized void startWeb() {
        if (web != null && web.isAlive()) return;
        web = launch(WEB, webPort);
        awaitReady(WEB, web, webUrl());
    }

    public synchronized void stopWeb() { web = stop(web, false); }
    /** The process id of a running service ({@link #INGEST}, {@link #ANALYSIS}, {@link #WEB}), or -1. */
    public synchronized long pid(String service) {
        Process p = switch (service) {
            case INGEST -> ingest;
            case ANALYSIS -> analysis;
            default -> web;
        };
        return p != null && p.isAlive() ? p.pid() : -1;
    }

    public synchronized boolean ingestAlive() { return ingest != null && ingest.isAlive(); }
    public synchronized boolean analysisAlive() { return analysis != null && analysis.isAlive(); }

    /** Graceful stop (SIGTERM), waiting for the process to exit. */
    public synchronized void stopIngest() { ingest = stop(ingest, false); }
    public synchronized void stopAnalysis() { analysis = stop(analysis, false); }
    /** Hard kill (SIGKILL), as a crash. */
    public synchronized void killIngest() { ingest = stop(ingest, true); }
    public synchronized void killAnalysis() { analysis = stop(analysis, true); }

    @Override
    public synchronized void close() {
        web = stop(web, false);
        ingest = stop(ingest, false);
        analysis = stop(analysis, false);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir: best effort
        }
    }

    private Process launch(String service, int port) {
        Path jar = jar(service);
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("missing " + jar + ": build the services first");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("whosaid.it.xmx", "512m"),
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("WHOSAID_DATA_DIR", dataDir().toString());
        env.put("WHOSAID_ADMIN_API_KEY", adminKey);
        env.put("WHOSAID_INGEST_PORT", String.valueOf(ingestPort));
        env.put("WHOSAID_ANALYSIS_PORT", String.valueOf(analysisPort));
        env.put("WHOSAID_WEB_PORT", String.valueOf(webPort));
        env.put("WHOSAID_ANALYSIS_URL", analysisUrl());
        env.put("WHOSAID_INGEST_URL", ingestUrl());
        if (WEB.equals(service)) {
            env.put("WHOSAID_WEB_ANONYMOUS_READ", "true");
            env.put("WHOSAID_WEB_SECURE_COOKIES", "false");
        }
        // no database URL: the services use their packaged default (H2 files under the data dir, with the
        // durability settings the embedded default ships with), so the tests exercise what users run
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.putAll(extraEnv);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(service).toFile()));
        try {
            Files.createDirectories(dataDir());
            Files.createDirectories(logOf(service).getParent());
            Files.writeString(logOf(service), "\n==== start " + service + " on " + port + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service, e);
        }
    }

    private void awaitReady(String service, Process p, String base) {
        long seconds = Long.getLong("whosaid.it.start-timeout-seconds", 180);
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) throw new IllegalStateException(service + " exited with " + p.exitValue() + ":\n" + tail(service));
            if (status(base + "/q/health/ready") == 200) return;
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service + " not ready after " + seconds + " s:\n" + tail(service));
    }

    private static Process stop(Process p, boolean kill) {
        if (p == null) return null;
        if (kill) p.destroyForcibly(); else p.destroy();
        try {
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return null;
    }

    /** The last lines of a service's log (for failure messages). */
    public String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(logOf(service));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(3000);
            int s = c.getResponseCode();
            c.disconnect();
            return s;
        } catch (IOException e) {
            return -1;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
