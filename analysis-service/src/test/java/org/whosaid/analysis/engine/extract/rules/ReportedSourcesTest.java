package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** Reports of reports, written sources after "hieß es" and long objects before "als" (issue 13), on invented sentences. */
class ReportedSourcesTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void aReportThatNamesNobodyGivesWayToTheStatementItReports() {
        String text = "Am Mittwoch äußerte sich Obermeier erstmals. „Das Hafenblatt“ berichtet, Obermeier habe zudem erklärt: "
                + "Ihr Eindruck sei gewesen, dass die Reederei den Streit beenden wolle.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Ihr Eindruck sei gewesen, dass die Reederei den Streit beenden wolle");
        assertEquals("Obermeier", name(s), texts(r).toString());
        assertNull(s.parentId());
        assertTrue(s.evidence().stream().anyMatch(e -> e.contains("names no speaker") && e.contains("berichtet")), s.evidence().toString());
        // no statement without a speaker is left around it
        assertTrue(r.statements().stream().noneMatch(x -> x.speaker() == null), texts(r).toString());
    }

    @Test
    void aReportWithANamedSpeakerIsKept() {
        String text = "Die Sprecherin Lena Voss berichtete, Obermeier habe erklärt: Der Streit sei beendet.";
        ExtractionResult r = P.extract(text, "de");
        assertTrue(r.statements().stream().anyMatch(x -> "Lena Voss".equals(name(x)) && x.quote().text().contains("Obermeier habe erklärt")),
                texts(r).toString());
    }

    @Test
    void aWrittenSourceAfterHiessEsIsTheSpeaker() {
        ExtractionResult r = P.extract("Der Streit sei beigelegt, hieß es in einer gemeinsamen Erklärung der beiden Reedereien.", "de");
        Statement s = find(r, "Der Streit sei beigelegt");
        assertNotNull(s.speaker(), texts(r).toString());
        assertEquals("einer gemeinsamen Erklärung der beiden Reedereien", s.speaker().text());
        assertFalse(s.quote().text().contains("Erklärung"), s.quote().text());

        ExtractionResult fronted = P.extract("In einer Mitteilung des Hafenamts hieß es, der Kai bleibe gesperrt.", "de");
        Statement f = find(fronted, "der Kai bleibe gesperrt");
        assertNotNull(f.speaker(), texts(fronted).toString());
        assertTrue(f.speaker().text().contains("Mitteilung des Hafenamts"), f.speaker().text());
    }

    @Test
    void aPlaceAfterHiessEsInIsNoSpeaker() {
        ExtractionResult r = P.extract("Der Kai bleibe gesperrt, hieß es in Kranzhafen.", "de");
        Statement s = find(r, "Der Kai bleibe gesperrt");
        assertTrue(s.speaker() == null || !s.speaker().text().contains("Kranzhafen"), texts(r).toString());
    }

    @Test
    void aLongObjectBeforeAlsStillFramesTheReport() {
        String text = "Der Bürgermeister Karl Obermeier bezeichnet das Gespräch mit den Vertretern der Reedereien über ein Ende "
                + "des Streits um die Liegeplätze im Nordhafen als konstruktiv.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "als konstruktiv");
        assertEquals(Form.Reported, s.form());
        assertEquals("Karl Obermeier", name(s), texts(r).toString());
        // "als" after a comma opens a clause of its own: no report
        ExtractionResult clause = P.extract("Karl Obermeier bezeichnet das Gespräch mit den Vertretern der Reedereien im Nordhafen am Kai heute, "
                + "als er gegen Mittag im Hafen ankam, nicht näher.", "de");
        assertTrue(clause.statements().stream().noneMatch(x -> ReportedFrame.RULE.equals(x.rule())), texts(clause).toString());
    }

    @Test
    void anActEndsBeforeASubordinateClauseWithAStatementOfItsOwn() {
        String text = "Voss had earlier thanked the council for its help, after the mayor said on the radio that the harbour "
                + "workers had shown \"no patience\" with the plan.";
        ExtractionResult r = P.extract(text, "en");
        Statement act = find(r, "thanked the council");
        assertEquals("speech-act", act.rule());
        assertFalse(act.quote().text().contains("mayor"), act.quote().text());
        assertEquals("cue-then-content", find(r, "had shown").rule(), texts(r).toString());

        ExtractionResult de = P.extract("Die Ministerin Lena Voss hatte den Plan kritisiert, nachdem Karl Obermann gesagt hatte, "
                + "die Fähre fahre wieder.", "de");
        Statement kritik = find(de, "hatte den Plan kritisiert");
        assertFalse(kritik.quote().text().contains("nachdem"), kritik.quote().text());
    }

    @Test
    void aPartialQuoteInTheNarrationAfterAStatementContinuesIt() {
        String text = "Der Hafen erhielt vier neue Kräne, sagte Obermeier. Die Gespräche berührten auch die "
                + "„Zukunft der Zusammenarbeit zwischen beiden Häfen“. Danach fuhr sie ab.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Zukunft der Zusammenarbeit zwischen beiden Häfen");
        assertEquals("partial-quote-continues-speaker", s.rule());
        assertEquals("Obermeier", name(s), texts(r).toString());
        // another person named in the sentence: nobody is assumed
        ExtractionResult other = P.extract("Der Hafen erhielt vier neue Kräne, sagte Obermeier. Bürgermeister Karl Obermann "
                + "erinnerte an die „Zukunft der Zusammenarbeit zwischen beiden Häfen“.", "de");
        assertTrue(other.statements().stream().noneMatch(x -> "partial-quote-continues-speaker".equals(x.rule())), texts(other).toString());
    }

    @Test
    void praiseIsAnActAndGelobtIsLobensParticiple() {
        String text = "Zuvor hatte bereits Hafenmeisterin Lena Voss die Verhandlungen gelobt. Sie sei „fest davon überzeugt“, "
                + "bis Donnerstag einen Vertrag zu erreichen.";
        ExtractionResult r = P.extract(text, "de");
        Statement act = find(r, "die Verhandlungen gelobt");
        assertEquals(Form.Reported, act.form());
        assertEquals("Lena Voss", name(act), texts(r).toString());
        // the Konjunktiv sentence after it continues her statement
        assertEquals("Lena Voss", name(find(r, "bis Donnerstag einen Vertrag zu erreichen")), texts(r).toString());
        // "geraten" keeps its first reading: no cue
        ExtractionResult g = P.extract("Die Reederei Nordlicht ist in Not geraten.", "de");
        assertTrue(g.statements().isEmpty(), texts(g).toString());
    }

    @Test
    void aStanceTakesAZuInfinitive() {
        ExtractionResult r = P.extract("Der Trainer Ralf Kruse ist zuversichtlich, die Gäste aus Lindholm mit dem jungen Kader "
                + "schlagen zu können.", "de");
        Statement s = find(r, "mit dem jungen Kader schlagen zu können");
        assertEquals(StanceDass.RULE, s.rule());
        assertEquals("Ralf Kruse", name(s), texts(r).toString());
        // a relative or subordinate clause after the comma is no zu-infinitive of the stance
        ExtractionResult none = P.extract("Der Trainer Ralf Kruse ist zuversichtlich, weil er morgen zu spielen hofft.", "de");
        assertTrue(none.statements().stream().noneMatch(x -> StanceDass.RULE.equals(x.rule())), texts(none).toString());
    }

    @Test
    void aChannelNameWithDigitsEndsTheSpeakerPhrase() {
        ExtractionResult r = P.extract("Eine Reporterin von k7 sprach von 300 Booten, die im Hafen lagen.", "de");
        Statement s = find(r, "sprach von 300 Booten");
        assertNotNull(s.speaker(), texts(r).toString());
        assertEquals("Eine Reporterin von k7", s.speaker().text());
    }
}
