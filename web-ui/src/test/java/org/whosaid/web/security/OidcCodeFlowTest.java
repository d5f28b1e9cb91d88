package org.whosaid.web.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser signs in through the OIDC provider (authorization code flow): /login/oidc → provider → back with a code →
 * the web-ui's own session with the role from the token, which then opens what that role may open.
 */
@QuarkusTest
@TestProfile(TestTokens.OidcProfile.class)
class OidcCodeFlowTest {

    @TestHTTPResource("/")
    URI base;

    /** Plays the browser: cookies kept, redirects followed by hand so each hop can be checked. */
    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as {@code user} with {@code roles}; answers the last response (after the web-ui's own redirect). */
    HttpResponse<String> signIn(String user, List<String> roles) throws Exception {
        HttpResponse<String> toProvider = get(base.resolve("/login/oidc"));
        assertEquals(302, toProvider.statusCode(), "the web-ui sends the browser to the provider");
        URI auth = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertTrue(auth.toString().startsWith(FakeOidcProvider.url()), "to the configured provider: " + auth);
        Map<String, String> q = query(auth.getRawQuery());
        assertEquals(FakeOidcProvider.CLIENT_ID, q.get("client_id"));
        // the provider authenticates the user and sends the browser back with a code
        URI callback = URI.create(q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code="
                + FakeOidcProvider.code(user, roles) + "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        HttpResponse<String> r = get(callback);
        for (int hops = 0; hops < 5 && (r.statusCode() == 302 || r.statusCode() == 303)
                && !r.headers().firstValue("Location").orElse("").matches("(.*://[^/]+)?/"); hops++) {
            r = get(base.resolve(r.headers().firstValue("Location").orElseThrow()));
        }
        return r;
    }

    @Test
    void anAdminSignsInThroughTheProviderAndGetsTheAdminPages() throws Exception {
        HttpResponse<String> done = signIn("ressortleiterin", List.of("admin"));
        assertEquals(303, done.statusCode(), "signed in, sent home: " + done.body());
        HttpResponse<String> users = get(base.resolve("/admin/users"));
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("ressortleiterin"), "the page shows who is signed in");
    }

    @Test
    void aViewerSignsInButMayNotAdminister() throws Exception {
        assertEquals(303, signIn("volontaer", List.of("viewer")).statusCode());
        assertEquals(403, get(base.resolve("/admin/users")).statusCode());
    }

    @Test
    void anAccountWithoutAWhosaidRoleIsToldSo() throws Exception {
        HttpResponse<String> r = signIn("gast", List.of("offline_access"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("no whosaid role"), r.body());
    }

    static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        for (String p : raw.split("&")) {
            int i = p.indexOf('=');
            if (i > 0) m.put(p.substring(0, i), URLDecoder.decode(p.substring(i + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
