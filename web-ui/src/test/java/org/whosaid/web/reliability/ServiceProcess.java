package org.whosaid.web.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a child process on
 * 127.0.0.1 with its own data directory, for the reliability tests. Output goes to
 * {@code web-ui/target/reliability-logs/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_KEY = "reliability-test-admin-key";

    final String module;
    final int port;
    final Path dataDir;
    final Map<String, String> env = new LinkedHashMap<>();
    private final Path log;
    private Process process;

    ServiceProcess(String module, int port, Path dataDir, String logName) {
        this.module = module;
        this.port = port;
        this.dataDir = dataDir;
        this.log = Paths.get("target", "reliability-logs", logName + ".log").toAbsolutePath();
        env.put("WHOSAID_DATA_DIR", dataDir.toString());
        env.put("WHOSAID_ADMIN_API_KEY", ADMIN_KEY);
        env.put(switch (module) {
            case "ingest-service" -> "WHOSAID_INGEST_PORT";
            case "analysis-service" -> "WHOSAID_ANALYSIS_PORT";
            default -> "WHOSAID_WEB_PORT";
        }, Integer.toString(port));
    }

    static Path repoRoot() {
        String prop = System.getProperty("whosaid.root");
        Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
        if (!Files.exists(p.resolve("ingest-service")) && p.getParent() != null) {
            p = p.getParent();
        }
        return p.toAbsolutePath().normalize();
    }

    static Path jar(String module) {
        return repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    ServiceProcess start() {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(dataDir);
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx384m", "-XX:+UseSerialGC",
                    "-Dquarkus.http.host=127.0.0.1", "-jar", jar(module).toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            Files.writeString(log, "\n==== start " + module + " on " + port + " env " + env.keySet() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until /q/health/ready answers 200; fails if the process dies or after {@code timeout}. */
    ServiceProcess awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(module + " not ready after " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no flushing. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM and wait (graceful shutdown). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String javaBin() {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
