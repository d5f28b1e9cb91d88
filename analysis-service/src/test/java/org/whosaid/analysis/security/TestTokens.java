package org.whosaid.analysis.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.jwt.build.Jwt;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signed test tokens instead of a Keycloak: an RSA key pair made per test JVM, its public key configured as
 * {@code quarkus.oidc.public-key}, and tokens shaped like Keycloak's (roles in realm_access/roles).
 */
public final class TestTokens {
    public static final String ISSUER = "https://id.newsroom.test/realms/whosaid";
    static final KeyPair TRUSTED = shared("whosaid.test.oidc-trusted-key");
    static final KeyPair STRANGER = rsa();

    private TestTokens() {
    }

    /** OIDC on, verified offline against the trusted public key and issuer: no provider is contacted. */
    public static class OidcProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(TRUSTED.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", ISSUER);
        }
    }

    public static String token(String user, List<String> roles) {
        return sign(user, roles, ISSUER, Instant.now().plusSeconds(600), TRUSTED);
    }

    public static String sign(String user, List<String> roles, String issuer, Instant expires, KeyPair key) {
        return Jwt.issuer(issuer).subject(user).preferredUserName(user)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(expires.minusSeconds(1200)).expiresAt(expires)
                .sign(key.getPrivate());
    }

    /**
     * One key pair per JVM even though Quarkus loads this class in more than one class loader (the test profile and
     * the test): the first generates it and leaves it in a system property, the others read it from there.
     */
    private static synchronized KeyPair shared(String property) {
        String kept = System.getProperty(property);
        try {
            if (kept != null) {
                String[] p = kept.split(":");
                KeyFactory f = KeyFactory.getInstance("RSA");
                return new KeyPair(f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(p[0]))),
                        f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p[1]))));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        KeyPair k = rsa();
        System.setProperty(property, Base64.getEncoder().encodeToString(k.getPublic().getEncoded()) + ":"
                + Base64.getEncoder().encodeToString(k.getPrivate().getEncoded()));
        return k;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
