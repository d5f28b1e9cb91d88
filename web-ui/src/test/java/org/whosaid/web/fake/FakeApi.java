package org.whosaid.web.fake;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake of one service's REST API on loopback (JDK HttpServer): answers registered per "METHOD /path" with a status
 * and a JSON body, records every request, and can be stopped and restarted on the same port to play "service down".
 */
public final class FakeApi {
    public record Answer(int status, String body) {}
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            for (var e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
            return null;
        }
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int port;

    /** Starts the fake (again on the same port after {@link #stop()}); does nothing when it runs. */
    public synchronized FakeApi start() {
        if (server != null) return this;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = ex.getRequestURI().getRawPath();
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(),
                    Map.copyOf(ex.getRequestHeaders()), body));
            Answer a = answers.get(ex.getRequestMethod() + " " + path);
            if (a == null) a = new Answer(404, "{\"error\":\"not-found\",\"detail\":\"no fake answer for " + path + "\"}");
            byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) server.stop(0);
        server = null;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public FakeApi on(String method, String path, int status, String body) {
        answers.put(method + " " + path, new Answer(status, body));
        return this;
    }

    public FakeApi get(String path, String body) {
        return on("GET", path, 200, body);
    }

    public List<Request> requests() {
        return requests;
    }

    public Request last(String method, String path) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            Request r = requests.get(i);
            if (r.method().equals(method) && r.path().equals(path)) return r;
        }
        return null;
    }
}
