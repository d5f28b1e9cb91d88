package org.whosaid.ingest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the analysis-service on a loopback port: counts deliveries per (id, version) and deletions,
 * refuses articles whose text contains "REFUSE-ME" with 422, and checks the Bearer admin key.
 */
public final class FakeAnalysis {
    public static final int PORT = freePort();
    public static final Map<String, AtomicInteger> DELIVERED = new ConcurrentHashMap<>();
    public static final Map<Long, AtomicInteger> DELETED = new ConcurrentHashMap<>();
    public static final AtomicInteger UNAUTHORIZED = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer server;

    private FakeAnalysis() {
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized boolean running() {
        return server != null;
    }

    public static synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer s = null;
        for (int i = 0; i < 50 && s == null; i++) {
            try {
                s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 50);
            } catch (java.net.BindException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (s == null) {
            throw new IOException("cannot bind fake analysis port " + PORT);
        }
        s.createContext("/api/articles", FakeAnalysis::handle);
        s.setExecutor(Executors.newFixedThreadPool(4));
        s.start();
        server = s;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public static int deliveries(long id, int version) {
        AtomicInteger c = DELIVERED.get(id + "@" + version);
        return c == null ? 0 : c.get();
    }

    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"Bearer test-admin-key".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                UNAUTHORIZED.incrementAndGet();
                send(ex, 401, "{\"error\":\"unauthorized\",\"detail\":\"bad key\"}");
                return;
            }
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            if (method.equals("DELETE")) {
                long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
                DELETED.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                ex.sendResponseHeaders(204, -1);
                return;
            }
            JsonNode n = JSON.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            long id = n.get("id").asLong();
            int version = n.get("version").asInt();
            if (n.path("text").asText().contains("REFUSE-ME")) {
                send(ex, 422, "{\"error\":\"bad-article\",\"detail\":\"refused by the fake\"}");
                return;
            }
            DELIVERED.computeIfAbsent(id + "@" + version, k -> new AtomicInteger()).incrementAndGet();
            send(ex, 200, "{\"id\":" + id + ",\"version\":" + version + ",\"statements\":0,\"analysisStatus\":\"done\"}");
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }
}
