package org.whosaid.ingest.clean;

import org.junit.jupiter.api.Test;

import java.time.*;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The cleaning rules on fictional pastes (invented outlets, people and events). */
class PasteCleanerTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime NOW = ZonedDateTime.of(2031, 3, 12, 10, 30, 0, 0, BERLIN);
    final PasteCleaner cleaner = new PasteCleaner();

    static final String GERMAN_PASTE = String.join("\n",
            "Regionales",
            "",
            "Streit um den HafenBürgermeisterin Almstedt: Fähre fährt ab Mai",
            "",
            "11.03.2031, 08:45 Uhr",
            "00:00 / 01:58",
            "Die-Bürgermeisterin-steht-am-Anleger-der-neuen-Fähre-in-Kleinwasserburg",
            "Bürgermeisterin Henrike Almstedt am Anleger. (Foto: Beispielbild/Agentur Nord)",
            "",
            "Nach monatelangem Streit soll die neue Fähre über die Wummer im Mai den Betrieb aufnehmen. Das kündigte die Stadt an.",
            "",
            "Die Bürgermeisterin von Kleinwasserburg, Henrike Almstedt, sagte am Montag vor dem Stadtrat, der Zeitplan stehe. \"Wir fahren ab dem ersten Mai\", sagte Almstedt.",
            "",
            "Kritik kommt vom Fährverein",
            "",
            "Der Vorsitzende des Fährvereins, Jost Hinrichsen, hält das für zu optimistisch. Die Prüfung durch das Amt sei noch nicht abgeschlossen, sagte er.",
            "",
            "Quelle: nordkurier-digital.example, hab/dpa/epd",
            "",
            "KleinwasserburgFähreStadtratWummer",
            "",
            "Lesen Sie auch: Neue Brücke über die Wummer geplant");

    @Test
    void fiveWordsCountsAsTheFormerPatternDid() {
        java.util.regex.Pattern former = java.util.regex.Pattern.compile(".*\\p{L}{3,}.*\\p{L}{3,}.*\\p{L}{3,}.*\\p{L}{3,}.*\\p{L}{3,}.*");
        java.util.Random r = new java.util.Random(7);
        String alphabet = "aäßZ -.1:é";
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String l = sb.toString();
            assertEquals(former.matcher(l).matches(), LineShapes.fiveWords(l), l);
        }
        assertTrue(LineShapes.fiveWords("Lesezeit drei Minuten für diesen Artikel"));
        assertFalse(LineShapes.fiveWords("Lesezeit: 3 Min."));
    }

    @Test
    void germanPasteIsCleanedByNamedRules() {
        CleanResult r = cleaner.clean(GERMAN_PASTE, BERLIN, NOW);
        assertEquals("Bürgermeisterin Almstedt: Fähre fährt ab Mai", r.title());
        assertTrue(r.kicker().contains("Streit um den Hafen"));
        assertTrue(r.kicker().contains("Regionales"));
        assertEquals("11.03.2031, 08:45 Uhr", r.dateLine());
        assertEquals(List.of("dpa", "epd"), r.agencies());
        assertEquals(List.of("hab"), r.authors());
        assertEquals("nordkurier-digital.example", r.creditOutlet());
        assertTrue(r.lead().startsWith("Nach monatelangem Streit"));
        String body = r.body();
        assertTrue(body.contains("Wir fahren ab dem ersten Mai"));
        assertTrue(body.contains("Kritik kommt vom Fährverein"), "subheads stay in the body");
        for (String noise : List.of("00:00", "Foto:", "Quelle", "KleinwasserburgFähre", "Lesen Sie auch", "Die-Bürgermeisterin-steht", "Regionales")) {
            assertFalse(body.contains(noise), noise);
        }
        List<String> kinds = r.sections().stream().map(Section::kind).toList();
        assertTrue(kinds.containsAll(List.of("captions", "credits", "tags", "teasers", "other")), kinds.toString());
        r.sections().forEach(s -> assertNotNull(s.rule()));
    }

    @Test
    void englishPasteWithSummaryAndTeasers() {
        String paste = String.join("\n",
                "Reuters",
                "Harbour Ledger",
                "Pier opening delayed again after winter storms",
                "March 11, 2031 8:45 AM",
                "By Orla Penhallow",
                "5 min read",
                "The harbour master of Port Kessock, Dunstan Aird, said on Tuesday that the new pier would not open before June, blaming the winter storms.",
                "\"We lost six weeks of work,\" Aird told reporters at the harbour office.",
                "Key points",
                "- The pier opening moves to June.",
                "- Storm damage cost six weeks.",
                "Read more",
                "Ferry fares to rise in April",
                "Council approves new fish market");
        CleanResult r = cleaner.clean(paste, ZoneId.of("Europe/London"), NOW);
        assertEquals("Pier opening delayed again after winter storms", r.title());
        assertEquals("Reuters", r.leadingAgency());
        assertTrue(r.authors().contains("Orla Penhallow"));
        assertEquals("March 11, 2031 8:45 AM", r.dateLine());
        assertFalse(r.body().contains("Key points"));
        assertFalse(r.body().contains("pier opening moves"));
        assertFalse(r.body().contains("Ferry fares"));
        assertFalse(r.body().contains("min read"));
        assertTrue(r.body().contains("We lost six weeks"));
        assertEquals(2, r.body().split("\n\n").length);
    }

    @Test
    void plainArticleIsLeftAlone() {
        String text = "Die Landrätin Almut Drewes sagte am Dienstag, der Kreis werde zwei neue Schulen bauen. Die Kosten trage das Land.\n\n"
                + "Drewes erklärte weiter, der Bau beginne im Herbst. Die Opposition begrüßte den Plan.";
        CleanResult r = cleaner.clean(text, BERLIN, NOW);
        assertEquals(text, r.body());
        assertNull(r.dateLine());
        assertTrue(r.sections().isEmpty());
    }

    @Test
    void datesAbsoluteAndRelative() {
        assertEquals(ZonedDateTime.of(2026, 1, 22, 15, 52, 0, 0, BERLIN),
                DateFinder.find("22.01.2026, 15:52 Uhr", BERLIN, NOW).orElseThrow().value());
        assertEquals(ZonedDateTime.of(2025, 12, 3, 21, 5, 0, 0, BERLIN),
                DateFinder.find("03. Dezember 2025 , 21:05 Uhr", BERLIN, NOW).orElseThrow().value());
        assertEquals(ZonedDateTime.of(2026, 1, 22, 15, 52, 0, 0, BERLIN),
                DateFinder.find("January 22, 2026 3:52 PM", BERLIN, NOW).orElseThrow().value());
        // NOW is 10:30: "Heute, 19:11" would lie in the future of the paste, so it is yesterday's (flagged in the rule)
        DateFinder.Found evening = DateFinder.find("Heute, 19:11", BERLIN, NOW).orElseThrow();
        assertEquals(ZonedDateTime.of(2031, 3, 11, 19, 11, 0, 0, BERLIN), evening.value());
        assertTrue(evening.rule().contains("a day back"), evening.rule());
        assertEquals(ZonedDateTime.of(2031, 3, 12, 9, 15, 0, 0, BERLIN),
                DateFinder.find("Heute, 09:15", BERLIN, NOW).orElseThrow().value());
        assertEquals(LocalDate.of(2031, 3, 11), DateFinder.find("gestern", BERLIN, NOW).orElseThrow().value().toLocalDate());
        assertEquals(NOW.minusHours(2), DateFinder.find("vor 2 Stunden", BERLIN, NOW).orElseThrow().value());
        assertEquals(NOW.minusHours(3), DateFinder.find("3 hours ago", BERLIN, NOW).orElseThrow().value());
        assertTrue(DateFinder.find("Im Sommer war es heiß.", BERLIN, NOW).isEmpty());
    }

    @Test
    void gluedKickerSplitKeepsCamelCaseNames() {
        assertArrayEquals(new String[]{"Nach dem Gipfel", "Almstedt: Wir bleiben dabei"},
                GluedWords.splitGlued("Nach dem GipfelAlmstedt: Wir bleiben dabei"));
        assertArrayEquals(new String[]{null, "Neues iPhone erscheint im Herbst"}, GluedWords.splitGlued("Neues iPhone erscheint im Herbst"));
        assertArrayEquals(new String[]{null, "McDonald eröffnet Filiale"}, GluedWords.splitGlued("McDonald eröffnet Filiale"));
    }

    @Test
    void languageDetection() {
        assertEquals("de", LanguageDetector.detect("Der Minister sagte, dass die Schulen auch im Winter offen bleiben werden."));
        assertEquals("en", LanguageDetector.detect("The minister said that the schools will stay open in the winter as well."));
        assertNull(LanguageDetector.detect("Almstedt"));
    }

    @Test
    void sanitizerRemovesInvisibleControls() {
        assertEquals("a b c", TextSanitizer.sanitize("a\u200B \u202Eb\u202C\u00A0c"));
    }
}
