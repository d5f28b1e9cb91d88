package org.whosaid.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.whosaid.web.config.WebConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The HMAC secret behind session cookies and CSRF tokens: {@code whosaid.web.session-secret}
 * (env WHOSAID_WEB_SESSION_SECRET) or generated once into {@code <data-dir>/web-session-secret}.
 */
@ApplicationScoped
public class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    @Inject WebConfig config;
    private volatile byte[] key;

    public String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String data, String signature) {
        if (signature == null) return false;
        return MessageDigest.isEqual(sign(data).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private byte[] key() {
        byte[] k = key;
        if (k != null) return k;
        synchronized (this) {
            if (key == null) key = load();
            return key;
        }
    }

    private byte[] load() {
        var configured = config.web().sessionSecret().filter(s -> s.length() >= 16);
        if (configured.isPresent()) return configured.get().getBytes(StandardCharsets.UTF_8);
        Path file = Path.of(config.dataDir(), "web-session-secret");
        try {
            if (Files.isRegularFile(file)) return Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            String s = randomToken() + randomToken();
            Files.writeString(file, s + "\n");
            restrict(file);
            return s.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system
        }
    }
}
