package org.whosaid.analysis.engine.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the hand-written word lists under {@code src/main/resources/engine/}. Format: one entry per line, '#' starts a
 * comment, blank lines ignored; an optional tab or " = " separates the entry from its value (e.g. a medium or a
 * canonical form). Every list documents itself in its header comment.
 */
public final class Lexicon {
    private Lexicon() {}

    public static List<String[]> rows(String name) {
        String path = "/engine/" + name;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (line.isEmpty()) continue;
                String[] parts = line.split("\\s*(\t| = )\\s*");
                for (int i = 0; i < parts.length; i++) parts[i] = parts[i].strip();
                out.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Set<String> set(String name) {
        Set<String> s = new LinkedHashSet<>();
        for (String[] r : rows(name)) s.add(r[0]);
        return s;
    }

    public static Map<String, String> map(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] r : rows(name)) m.put(r[0], r.length > 1 ? r[1] : "");
        return m;
    }
}
