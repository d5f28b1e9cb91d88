package org.whosaid.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.web.service.Views.StatementV;

/** The spread of one statement as the page draws it from the analysis API's changes, in page words. */
class SpreadTimelineTest {

    private static StatementV r(String outlet, String at, String form, String lang, String speaker, String quote) {
        String fc = Views.formClass(form);
        return new StatementV("k", outlet + "-s-1", "s-1", 1, outlet, "", at, Views.date(at), form, "form." + fc, fc, "",
                quote, 0, 0, speaker, speaker, "", "", List.of(), List.of(), "", "c-1", "", lang, "", "");
    }

    @Test
    void theApisChangesInPublicationOrderAndPageWords() {
        String quote = "Wir werden die Fähre bis zum Herbst wieder in Betrieb nehmen";
        Map<String, List<SpreadTimeline.Change>> changes = Map.of(
                "Agentur Nord-s-1", List.of(new SpreadTimeline.Change("first", "", "", "")),
                "Kreisblatt-s-1", List.of(new SpreadTimeline.Change("same_wording", "", "", "Agentur Nord")),
                "Hafenbote-s-1", List.of(new SpreadTimeline.Change("form", "Direct", "Indirect", "")),
                "Coast Ledger-s-1", List.of(new SpreadTimeline.Change("translation", "de", "en", ""),
                        new SpreadTimeline.Change("some_future_kind", "", "", "")));
        SpreadTimeline t = SpreadTimeline.of(List.of(
                r("Hafenbote", "2026-03-02T11:05:00+01:00", "Indirect", "de", "Ilse Brandtner",
                        "sie werde die Fähre bis zum Herbst wieder in Betrieb nehmen"),
                r("Agentur Nord", "2026-03-02T09:12:00+01:00", "Direct", "de", "Ilse Brandtner", quote),
                r("Coast Ledger", "2026-03-02T12:30:00+01:00", "Indirect", "en", "Ilse Brandtner",
                        "the ferry would be back in service by autumn"),
                r("Kreisblatt", "2026-03-02T09:40:00+01:00", "Direct", "de", "Ilse Brandtner", quote + ".")), changes,
                Map.of("spread.first", "zuerst", "form.direct", "direkt", "form.indirect", "indirekt"));
        List<SpreadTimeline.Entry> e = t.entries();
        assertEquals(List.of("Agentur Nord", "Kreisblatt", "Hafenbote", "Coast Ledger"), e.stream().map(x -> x.s().outlet()).toList());
        assertEquals(List.of("zuerst"), e.get(0).notes());
        assertEquals(List.of("same wording as Agentur Nord"), e.get(1).notes());
        assertEquals(List.of("form: direkt → indirekt"), e.get(2).notes());
        assertEquals(List.of("translation (de → en)"), e.get(3).notes(), "a kind the page does not know is left out");
        assertTrue(t.svg().startsWith("<svg") && t.svg().contains("class=\"form-direct\"") && t.svg().contains("Coast Ledger"));
    }

    @Test
    void outletNamesAreEscapedInTheDrawing() {
        SpreadTimeline t = SpreadTimeline.of(List.of(
                r("<script>x</script>", "2026-03-02T09:00:00Z", "Direct", "de", "A B", "eins zwei drei"),
                r("B & C", "2026-03-02T10:00:00Z", "Direct", "de", "A B", "vier fünf sechs")), Map.of(), Map.of());
        assertFalse(t.svg().contains("<script>"), t.svg());
        assertTrue(t.svg().contains("&lt;script&gt;") && t.svg().contains("B &amp; C"), t.svg());
    }

    @Test
    void renderingsWithoutTimeAreListedButNotDrawn() {
        SpreadTimeline t = SpreadTimeline.of(List.of(r("Ohne Datum", "", "Direct", "de", "A B", "eins zwei")), Map.of(), Map.of());
        assertEquals(1, t.entries().size());
        assertEquals("", t.svg());
    }
}
