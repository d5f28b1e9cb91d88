package org.whosaid.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MessagesTest {
    @Test
    void germanAndEnglishHaveTheSameKeys() {
        Messages m = new Messages();
        assertEquals(new TreeSet<>(m.bundle("en").keySet()), new TreeSet<>(m.bundle("de").keySet()));
    }

    @Test
    void noKeyIsWrittenTwice() throws java.io.IOException {
        // a second line with the same key silently replaces the first (one page's words change another's)
        for (String lang : new String[] {"en", "de"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (var in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    int eq = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || eq <= 0) continue;
                    String key = line.substring(0, eq).strip();
                    org.junit.jupiter.api.Assertions.assertTrue(seen.add(key), lang + ": key written twice: " + key);
                }
            }
        }
    }

    @Test
    void acceptLanguagePicksTheFirstSupported() {
        assertEquals("de", Messages.fromAcceptLanguage("de-AT,de;q=0.9,en;q=0.8"));
        assertEquals("en", Messages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4"));
        assertEquals("de", Messages.fromAcceptLanguage("fr, de;q=0.7"));
        assertNull(Messages.fromAcceptLanguage("fr, es"));
        assertNull(Messages.fromAcceptLanguage("%%%garbage"));
    }
}
