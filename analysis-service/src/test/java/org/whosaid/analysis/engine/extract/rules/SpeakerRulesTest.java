package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The speaker and recall rules of issue 13, each on invented sentences (English and German). */
class SpeakerRulesTest {
    private static final Pipeline P = Pipeline.standard();

    static Statement find(ExtractionResult r, String quotePart) {
        return r.statements().stream().filter(s -> s.quote() != null && s.quote().text().contains(quotePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + quotePart + "' in " + texts(r)));
    }

    static List<String> texts(ExtractionResult r) {
        return r.statements().stream().map(s -> s.rule() + ":" + s.quote().text() + " / "
                + (s.speaker() == null ? null : s.speaker().name())).toList();
    }

    static String name(Statement s) {
        return s.speaker() == null ? null : s.speaker().name() != null ? s.speaker().name() : s.speaker().text();
    }

    @Test
    void datelineInCapitalsIsNoSpeaker() {
        String text = "LOWMOOR — Harbour master Ellen Varga said on Monday that the pier would reopen.\n"
                + "\"We checked every plank,\" she said.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Ellen Varga", name(find(r, "pier would reopen")));
        assertEquals("Ellen Varga", name(find(r, "checked every plank")));
        assertTrue(r.statements().stream().noneMatch(s -> "LOWMOOR".equals(name(s))), texts(r).toString());
    }

    @Test
    void nationalityWordIsNoName() {
        String text = "Talks with the Norwegian fishermen went on all night. \"Some Norwegian proposals are fair,\" said the "
                + "Danish foreign policy adviser Jens Holm. He added: \"We will meet again in spring.\"";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Jens Holm", name(find(r, "proposals are fair")));
        assertEquals("Jens Holm", name(find(r, "meet again in spring")));
    }

    @Test
    void participleThatKeepsTheMainSpeaker() {
        String text = "Mayor Tilda Brook thanked the volunteers for their work, adding that the shelter would stay open until May.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "shelter would stay open");
        assertEquals(ParticipleThat.RULE, s.rule());
        assertEquals("the shelter would stay open until May", s.quote().text());
        assertTrue(name(s).contains("Tilda Brook"), name(s));
        Statement act = find(r, "thanked the volunteers");
        assertEquals(Form.Reported, act.form());
    }

    @Test
    void nameBetweenCommasBeforeTheCueIsTheSpeaker() {
        String text = "The ferry will run twice a day from June, Piet Alders, a spokesman for the port authority, told reporters.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "ferry will run");
        assertEquals("Piet Alders", name(s));
        assertFalse(s.quote().text().contains("Alders"), s.quote().text());
    }

    @Test
    void relativeClauseAfterTheSubjectIsNoContent() {
        String text = "Ilse Marten, who leads the river board, said the dam was safe.";
        Statement s = find(P.extract(text, "en"), "dam was safe");
        assertEquals("the dam was safe", s.quote().text());
        assertEquals("Ilse Marten", name(s));
    }

    @Test
    void contentBeforeSubjectAndVerb() {
        String text = "The harbour will stay closed until Friday, Marten said. The storm cost the town a week, the mayor, "
                + "Joan Pike, told reporters.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "harbour will stay closed");
        assertEquals(EnglishSubjectCue.RULE, s.rule());
        assertEquals("The harbour will stay closed until Friday", s.quote().text());
        assertEquals("Marten", name(s));
    }

    @Test
    void placeAndTimePhrasesAreNoContent() {
        String text = "\"The bridge stays shut,\" Warden Ada Quist told reporters outside the station on Friday. "
                + "\"We need two more weeks,\" she said at the gate of the depot.";
        ExtractionResult r = P.extract(text, "en");
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().startsWith("outside")
                || s.quote().text().startsWith("at the gate")), texts(r).toString());
        assertTrue(name(find(r, "bridge stays shut")).endsWith("Ada Quist"));
    }

    @Test
    void pronounTakesTheSubjectIntroducedAfterTheLastStatement() {
        String text = "\"The bridge stays shut,\" Warden Ada Quist said. Tomas Berg, who runs the ferry, was angry. "
                + "\"We lose money every day,\" he said.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Tomas Berg", name(find(r, "lose money every day")));
    }

    @Test
    void germanSurnameOfAnIntroducedPerson() {
        String text = "Der Vorsitzende des Fischereiverbands, Jannik Wollbrand, wies die Kritik zurück. "
                + "„Wir bleiben im Hafen“, sagte Wollbrand am Abend.";
        Statement s = find(P.extract(text, "de"), "Wir bleiben im Hafen");
        assertEquals("Jannik Wollbrand", name(s));
    }

    @Test
    void articleResumesAfterAnEditorialSummary() {
        String text = "Fähre fährt wieder\n\nZusammenfassung\n\n  • Die Fähre sei laut Reederei wieder in Betrieb.\n"
                + "  • Der Fahrplan gelte ab Montag.\n\nDie Fähre zwischen Lowmoor und Brede fährt wieder. "
                + "„Wir sind erleichtert“, sagte Kapitänin Maren Sorensen am Hafen.";
        ExtractionResult r = P.extract(text, "de");
        assertTrue(name(find(r, "Wir sind erleichtert")).contains("Sorensen"));
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().contains("Fahrplan")), texts(r).toString());
    }

    @Test
    void germanHeadlineClaim() {
        String text = "Fähre in Lowmoor: Betrieb ruht – Hafenmeisterin warnt vor langen Wartezeiten\n\n"
                + "Die Fähre fährt seit Montag nicht mehr.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "warnt vor langen Wartezeiten");
        assertEquals(HeadlineClaim.RULE, s.rule());
        assertEquals(Form.Reported, s.form());
        assertTrue(s.speaker().text().startsWith("Hafenmeisterin"), s.speaker().text());
    }

    @Test
    void coordinatedSpeakersShareTheSpeakerPhrase() {
        String text = "Die Sondergesandten Tomas Lindgren und Jared Okafor sagten, die Gespräche seien gut verlaufen.";
        Statement s = find(P.extract(text, "de"), "Gespräche seien gut verlaufen");
        assertTrue(s.speaker().text().endsWith("Tomas Lindgren und Jared Okafor"), s.speaker().text());
        assertEquals("Tomas Lindgren", s.speaker().name());
        assertTrue(s.evidence().stream().anyMatch(e -> e.contains("Jared Okafor")), s.evidence().toString());
    }

    @Test
    void sentenceInitialSurnameBeforeASpeechVerbIsAName() {
        String text = "Okonkwo told a briefing in the capital that the grain deal was close.";
        Statement s = find(P.extract(text, "en"), "grain deal was close");
        assertEquals("Okonkwo", name(s));
    }

    @Test
    void definiteRoleRefersToTheLastSpeaker() {
        String text = "Ilse Marten, who leads the river board, said the dam was safe. \"The water is falling,\" the official said.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "water is falling");
        assertEquals("Ilse Marten", name(s));
        assertTrue(s.speaker().resolution().startsWith("role anaphora"), s.speaker().resolution());
    }

    @Test
    void officeRoleDoesNotTakeAnotherPerson() {
        String text = "Secretary of State Lena Brandvik said the talks had been useful. "
                + "The president later blasted the opposition for its delays.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Lena Brandvik", name(find(r, "talks had been useful")));
        Statement act = find(r, "blasted the opposition");
        assertNotEquals("Lena Brandvik", name(act));
    }

    @Test
    void interviewLineIsTheNamedPersonsStatement() {
        String text = "Question: When will the bridge open?\nK. Moravec: We expect it in autumn. The steel has arrived.\n";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "expect it in autumn");
        assertEquals(SpeakerColonLine.RULE, s.rule());
        assertTrue(name(s).contains("Moravec"), name(s));
        assertTrue(s.quote().text().contains("The steel has arrived"));
        assertTrue(r.statements().stream().noneMatch(x -> x.quote().text().contains("When will the bridge")), texts(r).toString());
    }

    @Test
    void germanReportedFrames() {
        String text = "Die Bürgermeisterin Hanne Lützow sprach nach der Sitzung von einem großen Schritt für die Stadt. "
                + "Der Stadtrat bezeichnete den Plan als gelungen.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "sprach nach der Sitzung");
        assertEquals(ReportedFrame.RULE, s.rule());
        assertEquals(Form.Reported, s.form());
        assertTrue(name(s).contains("Lützow"), name(s));
        assertEquals(ReportedFrame.RULE, find(r, "bezeichnete den Plan als gelungen").rule());
    }

    @Test
    void germanDativePronounSource() {
        String text = "Der Fährkapitän Ole Brinkmann sagte, die Überfahrt sei ruhig gewesen. Ihm zufolge fehlen noch zwei Matrosen.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "fehlen noch zwei Matrosen");
        assertEquals("Ole Brinkmann", name(s));
    }

    @Test
    void germanWieClauseOverARelativeClause() {
        String text = "Wie Ole Brinkmann, der das Schiff seit Jahren führt, erklärte, wurde der Motor im Winter erneuert.";
        Statement s = find(P.extract(text, "de"), "Motor im Winter erneuert");
        assertEquals("Ole Brinkmann", name(s));
    }
}
