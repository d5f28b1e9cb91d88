package org.whosaid.web.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service's {@code src/main/resources/application.properties}, read as the packaged jar would see it in the
 * {@code pg} build (the build deploy/ uses): profile-less keys overlaid with {@code %pg.} and {@code %prod.} keys.
 */
final class ServiceProperties {

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    final String module;
    /** effective values in the pg build (unresolved, with their ${ENV:default} expressions) */
    final Map<String, String> values = new LinkedHashMap<>();

    ServiceProperties(Path repoRoot, String module) {
        this.module = module;
        Path file = repoRoot.resolve(module).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (String profile : new String[] {"", "%prod.", "%pg."}) {
            for (String key : raw.stringPropertyNames()) {
                if (profile.isEmpty() ? !key.startsWith("%") : key.startsWith(profile)) {
                    values.put(key.substring(profile.length()), raw.getProperty(key));
                }
            }
        }
    }

    String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** Environment variables referenced as ${NAME} or ${NAME:default} by the effective keys. */
    Map<String, String> envReferences() {
        Map<String, String> refs = new LinkedHashMap<>();
        for (String v : values.values()) {
            Matcher m = ENV_REF.matcher(v);
            while (m.find()) {
                refs.put(m.group(1), m.group(2));
            }
        }
        return refs;
    }

    /** Environment variables referenced by the effective keys that start with {@code prefix}. */
    Set<String> envReferencesOfKeys(String prefix) {
        Set<String> refs = new LinkedHashSet<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                Matcher m = ENV_REF.matcher(v);
                while (m.find()) {
                    refs.add(m.group(1));
                }
            }
        });
        return refs;
    }

    /** True if Quarkus would map the variable to one of the keys (WHOSAID_FOO_BAR ↔ whosaid.foo-bar). */
    boolean mapsToKey(String env) {
        for (String k : values.keySet()) {
            if (k.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_").equals(env)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of a key as the service resolves it, given the container's literal environment: ${ENV:default}
     * takes the environment value if present, otherwise the default.
     */
    String resolve(String key, String fallback, Map<String, String> env) {
        String v = get(key, fallback);
        Matcher m = ENV_REF.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = env.containsKey(m.group(1)) ? env.get(m.group(1))
                    : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
