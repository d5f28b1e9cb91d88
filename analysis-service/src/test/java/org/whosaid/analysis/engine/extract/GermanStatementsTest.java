package org.whosaid.analysis.engine.extract;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Part;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a fact-checker checks on German text: who said what, in which form, with which cue, at which offsets. */
class GermanStatementsTest {
    private static final Pipeline P = Pipeline.standard();

    static Statement find(ExtractionResult r, String quotePart) {
        return r.statements().stream().filter(s -> s.quote().text().contains(quotePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + quotePart + "' in " + r.statements()));
    }

    static void assertSpansMatch(String text, Part p) {
        if (p == null) return;
        StringBuilder sb = new StringBuilder();
        for (Span s : p.spans()) {
            if (sb.length() > 0) sb.append(" … ");
            sb.append(text, s.start(), s.end());
        }
        assertEquals(p.text(), sb.toString(), "span text must be the text at the offsets");
    }

    @Test
    void colonIntroducedDirectQuoteWithNamedSpeaker() {
        String text = "Die Bürgermeisterin Anna Keller sagte am Montag in Lindenau: „Wir bauen die neue Brücke bis zum Sommer.“";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Wir bauen die neue Brücke");
        assertEquals(Form.Direct, s.form());
        assertEquals("Anna Keller", s.speaker().name());
        assertEquals("sagte", s.cue().text());
        assertFalse(s.quote().text().startsWith("„"), "quote text excludes the quotation marks");
        assertSpansMatch(text, s.quote());
        assertSpansMatch(text, s.cue());
        assertEquals(text.substring(s.speaker().spans().get(0).start(), s.speaker().spans().get(0).end()), s.speaker().text());
    }

    @Test
    void quoteFollowedByCueAndSurnameLinksToFullName() {
        String text = "Die Bürgermeisterin Anna Keller eröffnete den Markt. „Das ist ein guter Tag für Lindenau“, sagte Keller.";
        Statement s = find(P.extract(text, "de"), "guter Tag");
        assertEquals(Form.Direct, s.form());
        assertEquals("Keller", s.speaker().text());
        assertEquals("Anna Keller", s.speaker().name(), "surname-only mention resolves to the full name in the text");
    }

    @Test
    void pronounResolvesToPreviousSpeaker() {
        String text = "Verkehrsminister Paul Brandt sagte, die Strecke sei sicher. „Wir warten seit Jahren auf diese Lösung“, forderte er.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Wir warten seit Jahren");
        assertEquals("er", s.speaker().text());
        assertEquals("Paul Brandt", s.speaker().name());
        assertTrue(s.evidence().stream().anyMatch(e -> e.contains("pronoun")), "evidence says how the speaker was resolved: " + s.evidence());
        assertEquals("forderte", s.cue().text());
    }

    @Test
    void dassClauseAndKonjunktivContinuation() {
        String text = "Der Verkehrsminister Paul Brandt betonte am Dienstag, dass die Strecke sicher sei. "
                + "Die Kosten seien vollständig gedeckt. Das Wetter war gut.";
        ExtractionResult r = P.extract(text, "de");
        Statement first = find(r, "dass die Strecke sicher sei");
        assertEquals(Form.Indirect, first.form());
        assertEquals("Paul Brandt", first.speaker().name());
        Statement cont = find(r, "Kosten seien");
        assertEquals(Form.IndirectFreeIndirect, cont.form());
        assertEquals("Paul Brandt", cont.speaker().name(), "Konjunktiv I without a cue continues the previous speaker");
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().contains("Wetter")), "indicative narration is not a statement");
    }

    @Test
    void contentThenCueWithKonjunktiv() {
        String text = "Ein solches Treffen könne bald stattfinden, sagte die Sprecherin Mira Olsen.";
        Statement s = find(P.extract(text, "de"), "Ein solches Treffen könne bald stattfinden");
        assertEquals(Form.Indirect, s.form());
        assertEquals("Mira Olsen", s.speaker().name());
        assertEquals("Ein solches Treffen könne bald stattfinden", s.quote().text());
    }

    @Test
    void sourceMarkers() {
        String text = "Laut Polizeisprecher Jan Ruhl wurde bei dem Unfall niemand verletzt. "
                + "Nach Angaben der Feuerwehr brannte die Scheune vollständig nieder. "
                + "Die Straße bleibt bis Freitag gesperrt, so Ruhl. "
                + "Dem Landrat Erik Busch zufolge soll die Straße danach verbreitert werden.";
        ExtractionResult r = P.extract(text, "de");
        Statement laut = find(r, "niemand verletzt");
        assertEquals("Jan Ruhl", laut.speaker().name());
        assertEquals("Laut", laut.cue().text());
        assertFalse(laut.quote().text().contains("Ruhl"), "the marker phrase is not part of the content");
        Statement nach = find(r, "Scheune");
        assertEquals("Feuerwehr", nach.speaker().name());
        assertEquals("INSTITUTION", nach.speaker().kind());
        Statement so = find(r, "bis Freitag gesperrt");
        assertEquals("Jan Ruhl", so.speaker().name());
        Statement zufolge = find(r, "verbreitert");
        assertEquals("Erik Busch", zufolge.speaker().name());
        for (Statement s : r.statements()) assertSpansMatch(text, s.quote());
    }

    @Test
    void previousSentenceWithChannelAndIntermediary() {
        String text = "Die Bahn will die Strecke nach Lindenau bis Mai reparieren. "
                + "Das erklärte der Bahnchef Olaf Timm im Regionalfernsehen, wie die Nachrichtenagentur Nordpress berichtete.";
        Statement s = find(P.extract(text, "de"), "Strecke nach Lindenau");
        assertEquals("Olaf Timm", s.speaker().name());
        assertEquals("erklärte", s.cue().text());
        assertNotNull(s.channel());
        assertEquals("im Regionalfernsehen", s.channel().text());
        assertNotNull(s.intermediary());
        assertEquals("Nordpress", s.intermediary().name());
    }

    @Test
    void reportedInsideAnotherStatementKeepsBoth() {
        String text = "Die Sprecherin Mira Olsen äußerte sich am Abend. Timm habe wiederholt gesagt, „dass wir die Strecke im Mai eröffnen werden“, fügte sie hinzu.";
        ExtractionResult r = P.extract(text, "de");
        Statement inner = r.statements().stream().filter(s -> s.form() == Form.Direct && s.quote().text().startsWith("dass wir")).findFirst().orElseThrow();
        Statement outer = r.statements().stream().filter(s -> s.quote().text().startsWith("Timm habe")).findFirst().orElseThrow();
        assertEquals("Mira Olsen", outer.speaker().name());
        assertEquals(outer.id(), inner.parentId(), "the quoted speaker's statement is nested in the reporter's");
        assertEquals("Timm", inner.speaker().text());
    }

    @Test
    void institutionSpeaker() {
        String text = "Das Verkehrsministerium teilte mit, die Brücke werde im Mai eröffnet.";
        Statement s = find(P.extract(text, "de"), "die Brücke werde im Mai eröffnet");
        assertEquals("INSTITUTION", s.speaker().kind());
        assertEquals("Verkehrsministerium", s.speaker().name());
        assertEquals("teilte … mit", s.cue().text(), "separable verb: both parts are the cue");
        assertEquals(2, s.cue().spans().size());
    }

    @Test
    void reportedSpeechAct() {
        String text = "Der Landrat Erik Busch besuchte die Baustelle. Er forderte abermals mehr Geld vom Land.";
        Statement s = find(P.extract(text, "de"), "forderte abermals mehr Geld");
        assertEquals(Form.Reported, s.form());
        assertEquals("Erik Busch", s.speaker().name());
    }

    @Test
    void teaserBlockAfterMarkerIsNotArticleText() {
        String text = "Der Landrat Erik Busch sagte, die Straße sei sicher.\n\nDas könnte Sie auch interessieren\n\n"
                + "Der Bürgermeister Tom Kranz sagte, die Brücke sei marode.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals(1, r.statements().size(), "only the article's own statement: " + r.statements());
        assertEquals("Erik Busch", r.statements().get(0).speaker().name());
    }

    @Test
    void unknownSpeakerStaysUnknown() {
        String text = "„Diese Brücke wird nie fertig, egal wie viel Geld noch kommt“ – so stand es auf einem Plakat am Zaun.";
        ExtractionResult r = P.extract(text, "de");
        for (Statement s : r.statements()) {
            if (s.speaker() != null) assertNotEquals("Diese Brücke", s.speaker().name());
        }
    }

    @Test
    void idsAreStableAndInTextOrder() {
        String text = "Anna Keller sagte, die Brücke sei fertig. „Wir feiern am Samstag“, sagte Keller. Laut Paul Brandt kommt der Minister.";
        List<Statement> a = P.extract(text, "de").statements();
        List<Statement> b = P.extract(text, "de").statements();
        assertEquals(a, b, "same text, same statements");
        for (int i = 0; i < a.size(); i++) {
            assertEquals("s-" + (i + 1), a.get(i).id());
            if (i > 0) assertTrue(a.get(i - 1).quote().start() <= a.get(i).quote().start());
            assertFalse(a.get(i).evidence().isEmpty());
            assertTrue(a.get(i).confidence() > 0 && a.get(i).confidence() <= 1);
        }
    }

    @Test
    void titlesInQuotesAreNotStatements() {
        String text = "Die Zeitung „Lindenauer Bote“ erscheint seit 1950. Der Film „Die Brücke“ läuft im Kino.";
        assertTrue(P.extract(text, "de").statements().isEmpty());
    }

    @Test
    void hearsaySollContinuesTheSource() {
        String text = "Nach Angaben der Feuerwehr brannte die Scheune in Lindenau vollständig nieder. "
                + "Mindestens zwei Tiere sollen dabei ums Leben gekommen sein.";
        Statement s = find(P.extract(text, "de"), "zwei Tiere");
        assertEquals(Form.FreeIndirect, s.form());
        assertEquals("Feuerwehr", s.speaker().name());
    }

    @Test
    void dassClauseInKonjunktivAfterAnUnlistedVerb() {
        String text = "Die Anwohner wiesen darauf hin, dass die Brücke seit Jahren marode sei.";
        Statement s = find(P.extract(text, "de"), "dass die Brücke seit Jahren marode sei");
        assertEquals(Form.Indirect, s.form());
        assertEquals("Die Anwohner", s.speaker().text());
        assertNull(s.speaker().name(), "a group without a name stays unresolved, visibly");
    }
}
