package org.whosaid.web.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.whosaid.web.security.TestTokens.ISSUER;
import static org.whosaid.web.security.TestTokens.STRANGER;
import static org.whosaid.web.security.TestTokens.TRUSTED;

/**
 * The web UI accepts an OIDC identity (a verified bearer token, as an auth proxy passes it) with the roles viewer,
 * reviewer and admin; bad tokens are refused; the password login keeps working. Anonymous reading is off here.
 */
@QuarkusTest
@TestProfile(TestTokens.OidcProfile.class)
class OidcWebTest {

    static RequestSpecification as(String token) {
        return RestAssured.given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }

    @Test
    void theTokensRoleDecidesWhatTheUserMayOpen() {
        as(TestTokens.token("chefin-vom-dienst", List.of("admin"))).get("/admin/users").then().statusCode(200)
                .body(containsString("chefin-vom-dienst"));
        as(TestTokens.token("volontaer", List.of("viewer"))).get("/admin/users").then().statusCode(403);
        as(TestTokens.token("faktencheck", List.of("reviewer", "offline_access"))).get("/admin/users").then().statusCode(403);
        // a verified user without any whosaid role is told so
        as(TestTokens.token("praktikant", List.of("offline_access"))).get("/login").then().statusCode(403)
                .body(containsString("no whosaid role"));
        // without a login the pages send the browser to the login form
        RestAssured.given().redirects().follow(false).get("/admin/users").then().statusCode(303);
    }

    @Test
    void expiredForgedOrForeignTokensAreRefused() {
        String expired = TestTokens.sign("chefin-vom-dienst", List.of("admin"), ISSUER, Instant.now().minusSeconds(3600), TRUSTED);
        String forged = TestTokens.sign("chefin-vom-dienst", List.of("admin"), ISSUER, Instant.now().plusSeconds(600), STRANGER);
        String foreign = TestTokens.sign("chefin-vom-dienst", List.of("admin"), "https://id.elsewhere.test/realms/x",
                Instant.now().plusSeconds(600), TRUSTED);
        for (String t : List.of(expired, forged, foreign)) {
            as(t).get("/admin/users").then().statusCode(401);
        }
    }

    @Test
    void thePasswordLoginStillWorks() {
        io.restassured.response.Response form = RestAssured.given().get("/login");
        String csrfCookie = form.getCookie(RequestFilters.CSRF_COOKIE);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.asString());
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "the login form carries a CSRF token");
        String session = RestAssured.given().redirects().follow(false).cookie(RequestFilters.CSRF_COOKIE, csrfCookie)
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", m.group(1))
                .formParam("username", "admin").formParam("password", "oidc-test-admin-pw").formParam("next", "/admin/users")
                .post("/login").then().statusCode(303).extract().cookie(Sessions.COOKIE);
        RestAssured.given().cookie(Sessions.COOKIE, session).get("/admin/users").then().statusCode(200);
    }
}
