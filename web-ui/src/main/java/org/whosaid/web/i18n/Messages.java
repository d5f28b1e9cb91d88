package org.whosaid.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Interface text in German and English from {@code i18n/messages_<lang>.properties} (UTF-8). The language comes from
 * {@code ?lang=}, then the {@code whosaid_lang} cookie, then Accept-Language; English when nothing matches.
 */
@ApplicationScoped
public class Messages {
    public static final List<String> LANGUAGES = List.of("en", "de");
    private final Map<String, Map<String, String>> bundles = new HashMap<>();

    public Messages() {
        for (String lang : LANGUAGES) bundles.put(lang, load(lang));
    }

    public Map<String, String> bundle(String lang) {
        return bundles.getOrDefault(lang, bundles.get("en"));
    }

    public String get(String lang, String key) {
        String v = bundle(lang).get(key);
        return v != null ? v : bundles.get("en").getOrDefault(key, key);
    }

    public static String supported(String lang) {
        if (lang == null) return null;
        String l = lang.trim().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(l) ? l : null;
    }

    /** The best supported language of an Accept-Language header, or null. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                String l = r.getRange();
                if (l.equals("*")) continue;
                String s = supported(l.length() >= 2 ? l.substring(0, 2) : l);
                if (s != null && r.getWeight() > 0) return s;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static Map<String, String> load(String lang) {
        String path = "i18n/messages_" + lang + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new HashMap<>();
            p.forEach((k, v) -> m.put((String) k, (String) v));
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
