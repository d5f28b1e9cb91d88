package org.whosaid.web.security;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.whosaid.web.config.WebConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The web-ui's users: one line each in {@code <data-dir>/web-users}, {@code name:role:pbkdf2-hash}. When the store is
 * empty at start an {@code admin} user is created with {@code whosaid.web.admin-password} (env
 * WHOSAID_WEB_ADMIN_PASSWORD) or a generated password written to {@code <data-dir>/web-admin-password} (mode 600).
 */
@Startup
@ApplicationScoped
public class UserStore {
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    private static final Logger LOG = Logger.getLogger(UserStore.class);

    @io.quarkus.qute.TemplateData
    public record User(String name, Role role, String hash) {
        public String roleId() { return role.id(); }
    }

    @Inject WebConfig config;
    private final Map<String, User> users = new TreeMap<>();

    @PostConstruct
    void init() {
        load();
        if (users.isEmpty()) {
            String password = config.web().adminPassword().filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) password = Passwords.generate();
            put("admin", Role.ADMIN, password);
            if (generated) {
                Path file = Path.of(config.dataDir(), "web-admin-password");
                try {
                    Files.writeString(file, password + "\n");
                    Secrets.restrict(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                LOG.infof("Created web user 'admin'; its generated password is in %s", file.toAbsolutePath());
            } else {
                LOG.info("Created web user 'admin' with the configured password");
            }
        }
    }

    public synchronized Optional<User> authenticate(String name, String password) {
        User u = name == null ? null : users.get(name);
        if (u == null || password == null) {
            Passwords.verify("x".toCharArray(), DUMMY); // same work whether or not the user exists
            return Optional.empty();
        }
        return Passwords.verify(password.toCharArray(), u.hash()) ? Optional.of(u) : Optional.empty();
    }

    public synchronized Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public synchronized List<User> list() {
        return new ArrayList<>(users.values());
    }

    /** Adds or replaces a user and saves the store. */
    public synchronized void put(String name, Role role, String password) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("user name: 2-40 of A-Z a-z 0-9 . _ -");
        if (password == null || password.length() < 10) throw new IllegalArgumentException("password: at least 10 characters");
        users.put(name, new User(name, role, Passwords.hash(password.toCharArray())));
        save();
    }

    public synchronized void remove(String name) {
        if (users.remove(name) != null) save();
    }

    private Path file() {
        return Path.of(config.dataDir(), "web-users");
    }

    private void load() {
        Path f = file();
        try {
            Files.createDirectories(f.getParent());
            if (!Files.isRegularFile(f)) return;
            for (String line : Files.readAllLines(f)) {
                String[] p = line.split(":", 3);
                if (p.length == 3 && !line.startsWith("#")) users.put(p[0], new User(p[0], Role.parse(p[1]), p[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    private void save() {
        StringBuilder sb = new StringBuilder("# whosaid web users: name:role:pbkdf2-sha256$iterations$salt$hash\n");
        users.values().forEach(u -> sb.append(u.name()).append(':').append(u.role().id()).append(':').append(u.hash()).append('\n'));
        try {
            Path f = file();
            Path tmp = f.resolveSibling("web-users.tmp");
            Files.writeString(tmp, sb);
            Secrets.restrict(tmp);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String DUMMY = Passwords.hash("dummy-password".toCharArray());
}
