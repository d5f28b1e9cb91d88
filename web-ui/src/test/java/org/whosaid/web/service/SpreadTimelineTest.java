package org.whosaid.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.web.service.Views.StatementV;

/** The spread of one statement as a fact-checker reads it: who had it first, who copied the wording, what changed. */
class SpreadTimelineTest {

    private static StatementV r(String outlet, String at, String form, String lang, String speaker, String quote) {
        String fc = Views.formClass(form);
        return new StatementV("k", outlet + "-s-1", "s-1", 1, outlet, "", at, Views.date(at), form, "form." + fc, fc, "",
                quote, 0, 0, speaker, speaker, "", "", List.of(), List.of(), "", "c-1", "", lang, "", "");
    }

    @Test
    void firstCopyTranslationAndFormInPublicationOrder() {
        String quote = "Wir werden die Fähre bis zum Herbst wieder in Betrieb nehmen";
        SpreadTimeline t = SpreadTimeline.of(List.of(
                r("Hafenbote", "2026-03-02T11:05:00+01:00", "Indirect", "de", "Ilse Brandtner",
                        "sie werde die Fähre bis zum Herbst wieder in Betrieb nehmen"),
                r("Agentur Nord", "2026-03-02T09:12:00+01:00", "Direct", "de", "Ilse Brandtner", quote),
                r("Coast Ledger", "2026-03-02T12:30:00+01:00", "Indirect", "en", "Ilse Brandtner",
                        "the ferry would be back in service by autumn"),
                r("Kreisblatt", "2026-03-02T09:40:00+01:00", "Direct", "de", "Ilse Brandtner", quote + ".")), Map.of());
        List<SpreadTimeline.Entry> e = t.entries();
        assertEquals(List.of("Agentur Nord", "Kreisblatt", "Hafenbote", "Coast Ledger"), e.stream().map(x -> x.s().outlet()).toList());
        assertEquals(List.of("first"), e.get(0).notes());
        assertEquals(List.of("same wording as Agentur Nord"), e.get(1).notes());
        assertEquals(List.of("form: direct → indirect"), e.get(2).notes());
        assertTrue(e.get(3).notes().contains("translation (de → en)"), e.get(3).notes().toString());
        assertFalse(e.get(3).notes().stream().anyMatch(n -> n.startsWith("same wording")), e.get(3).notes().toString());
        assertTrue(t.svg().startsWith("<svg") && t.svg().contains("class=\"form-direct\"") && t.svg().contains("Coast Ledger"));
    }

    @Test
    void outletNamesAreEscapedInTheDrawing() {
        SpreadTimeline t = SpreadTimeline.of(List.of(
                r("<script>x</script>", "2026-03-02T09:00:00Z", "Direct", "de", "A B", "eins zwei drei"),
                r("B & C", "2026-03-02T10:00:00Z", "Direct", "de", "A B", "vier fünf sechs")), Map.of());
        assertFalse(t.svg().contains("<script>"), t.svg());
        assertTrue(t.svg().contains("&lt;script&gt;") && t.svg().contains("B &amp; C"), t.svg());
    }

    @Test
    void renderingsWithoutTimeAreListedButNotDrawn() {
        SpreadTimeline t = SpreadTimeline.of(List.of(r("Ohne Datum", "", "Direct", "de", "A B", "eins zwei")), Map.of());
        assertEquals(1, t.entries().size());
        assertEquals("", t.svg());
    }
}
