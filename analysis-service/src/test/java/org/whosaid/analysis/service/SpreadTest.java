package org.whosaid.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.store.StatementEntity;

/** How a statement spread, as a fact-checker reads it: who had it first, who copied the wording, what changed. */
class SpreadTest {

    private static StatementEntity s(String id, String outlet, String at, String form, String lang, String speaker, String quote) {
        StatementEntity e = new StatementEntity();
        e.id = id;
        e.outlet = outlet;
        e.publishedAt = at == null ? null : OffsetDateTime.parse(at);
        e.form = form;
        e.language = lang;
        e.speakerName = speaker;
        e.quoteText = quote;
        return e;
    }

    private static List<String> kinds(List<ReadViews.SpreadChange> cs) {
        return cs.stream().map(c -> c.kind() + (c.outlet() != null ? ":" + c.outlet() : "")
                + (c.from() != null ? ":" + c.from() + ">" + c.to() : "")).toList();
    }

    @Test
    void firstCopyFormTranslationAndSpeakerInPublicationOrder() {
        String quote = "Wir werden die Fähre bis zum Herbst wieder in Betrieb nehmen";
        Map<String, List<ReadViews.SpreadChange>> spread = Spread.of(List.of(
                s("3", "Hafenbote", "2026-03-02T11:05:00+01:00", "Indirect", "de", "Ilse Brandtner",
                        "sie werde die Fähre bis zum Herbst wieder in Betrieb nehmen"),
                s("1", "Agentur Nord", "2026-03-02T09:12:00+01:00", "Direct", "de", "Ilse Brandtner", quote),
                s("4", "Coast Ledger", "2026-03-02T12:30:00+01:00", "Indirect", "en", "Jonas Wettberg",
                        "the ferry would be back in service by autumn"),
                s("5", "Ohne Datum", null, "Indirect", "de", "Ilse Brandtner", "die Fähre fahre im Herbst"),
                s("2", "Kreisblatt", "2026-03-02T09:40:00+01:00", "Direct", "de", "Ilse Brandtner", quote + ".")));
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(spread.keySet()), "publication order, undated last");
        assertEquals(List.of("first"), kinds(spread.get("1")));
        assertEquals(List.of("same_wording:Agentur Nord"), kinds(spread.get("2")));
        assertEquals(List.of("form:Direct>Indirect"), kinds(spread.get("3")));
        assertEquals(List.of("translation:de>en", "speaker:Ilse Brandtner>Jonas Wettberg"), kinds(spread.get("4")));
        assertEquals(List.of(), kinds(spread.get("5")), "back in German after English: no new translation, same form");
    }

    @Test
    void wordingSharesIgnoreCaseAndPunctuation() {
        assertEquals(1.0, Spread.shared(Spread.words("Ein Anfang, aber kein Abschluss."), Spread.words("ein anfang aber kein abschluss")));
        assertEquals(0.0, Spread.shared(Spread.words(""), Spread.words("x")));
    }
}
