package org.whosaid.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in OIDC provider on 127.0.0.1 (no Keycloak here): discovery, JWKS with the trusted test key, and a token
 * endpoint. The authorization step is played by the test itself: it answers the web-ui's redirect with a code that
 * names the user and roles ({@link #code}), and the token endpoint mints signed ID and access tokens for it.
 * One instance per JVM (its port is kept in a system property because Quarkus loads test classes twice).
 */
final class FakeOidcProvider {
    static final String CLIENT_ID = "whosaid-web";
    static final String SECRET = "fake-provider-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeOidcProvider() {
    }

    /** Base URL; starts the server on first use. */
    static synchronized String url() {
        String port = System.getProperty("whosaid.test.oidc-port");
        if (port == null) {
            try {
                HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
                s.createContext("/", FakeOidcProvider::handle);
                s.start();
                port = String.valueOf(s.getAddress().getPort());
                System.setProperty("whosaid.test.oidc-port", port);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return "http://127.0.0.1:" + port + "/realms/whosaid";
    }

    /** The authorization code the provider would hand out after the user signed in. */
    static String code(String user, List<String> roles) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((user + "|" + String.join(",", roles)).getBytes(StandardCharsets.UTF_8));
    }

    private static void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String base = url();
        Object body;
        if (path.endsWith("/.well-known/openid-configuration")) {
            body = Map.of("issuer", TestTokens.ISSUER, "authorization_endpoint", base + "/protocol/openid-connect/auth",
                    "token_endpoint", base + "/protocol/openid-connect/token", "jwks_uri", base + "/protocol/openid-connect/certs",
                    "response_types_supported", List.of("code"), "subject_types_supported", List.of("public"),
                    "id_token_signing_alg_values_supported", List.of("RS256"));
        } else if (path.endsWith("/certs")) {
            RSAPublicKey k = (RSAPublicKey) TestTokens.TRUSTED.getPublic();
            body = Map.of("keys", List.of(Map.of("kty", "RSA", "kid", TestTokens.KID, "use", "sig", "alg", "RS256",
                    "n", b64(k.getModulus()), "e", b64(k.getPublicExponent()))));
        } else if (path.endsWith("/token") && x.getRequestMethod().equals("POST")) {
            Map<String, String> form = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String[] who = new String(Base64.getUrlDecoder().decode(form.getOrDefault("code", "")), StandardCharsets.UTF_8).split("\\|", 2);
            if (!"authorization_code".equals(form.get("grant_type")) || who.length != 2) {
                send(x, 400, Map.of("error", "invalid_grant"));
                return;
            }
            List<String> roles = who[1].isEmpty() ? List.of() : Arrays.asList(who[1].split(","));
            Instant exp = Instant.now().plusSeconds(300);
            String idToken = Jwt.issuer(TestTokens.ISSUER).subject(who[0]).preferredUserName(who[0]).audience(CLIENT_ID)
                    .issuedAt(Instant.now()).expiresAt(exp).jws().keyId(TestTokens.KID).sign(TestTokens.TRUSTED.getPrivate());
            String access = TestTokens.sign(who[0], roles, TestTokens.ISSUER, exp, TestTokens.TRUSTED);
            body = Map.of("access_token", access, "id_token", idToken, "token_type", "Bearer", "expires_in", 300);
        } else {
            send(x, 404, Map.of("error", "not_found"));
            return;
        }
        send(x, 200, body);
    }

    private static String b64(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) b = Arrays.copyOfRange(b, 1, b.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Map<String, String> form(String s) {
        Map<String, String> m = new HashMap<>();
        for (String p : s.split("&")) {
            int i = p.indexOf('=');
            if (i > 0) m.put(URLDecoder.decode(p.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(p.substring(i + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    private static void send(HttpExchange x, int status, Object body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }
}
