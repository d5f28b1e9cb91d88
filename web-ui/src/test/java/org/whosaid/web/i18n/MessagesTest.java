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
    void acceptLanguagePicksTheFirstSupported() {
        assertEquals("de", Messages.fromAcceptLanguage("de-AT,de;q=0.9,en;q=0.8"));
        assertEquals("en", Messages.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4"));
        assertEquals("de", Messages.fromAcceptLanguage("fr, de;q=0.7"));
        assertNull(Messages.fromAcceptLanguage("fr, es"));
        assertNull(Messages.fromAcceptLanguage("%%%garbage"));
    }
}
