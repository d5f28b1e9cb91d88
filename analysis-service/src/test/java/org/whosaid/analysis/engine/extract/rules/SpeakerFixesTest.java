package org.whosaid.analysis.engine.extract.rules;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.find;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.name;
import static org.whosaid.analysis.engine.extract.rules.SpeakerRulesTest.texts;

/** Speaker fixes after the rules split (issue 13), each on invented sentences. */
class SpeakerFixesTest {
    private static final Pipeline P = Pipeline.standard();

    @Test
    void theOneToldIsTheAddresseeNotTheSpeaker() {
        String text = "Harbour master Ellen Varga spoke on Monday. \"We will reopen the pier,\" she told the Lowmoor Gazette.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "reopen the pier");
        assertEquals("she", s.speaker().text(), texts(r).toString());
        assertNotEquals("Lowmoor Gazette", name(s));
    }

    @Test
    void agencyCreditAfterTheCueIsNoStatement() {
        String text = "\"The ferry will run again on Friday,\" Varga said, AFP.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Varga", name(find(r, "ferry will run again")));
        assertTrue(r.statements().stream().noneMatch(s -> s.quote().text().equals("AFP")), texts(r).toString());
        assertEquals(1, r.statements().size(), texts(r).toString());
    }

    @Test
    void coordinatedNamesAfterAPluralRoleAreBothMentioned() {
        String text = "Die Sondergesandten Steven Marlow und Jared Quint sagten, die Gespräche seien gut verlaufen.";
        ExtractionResult r = P.extract(text, "de");
        assertTrue(r.entities().stream().anyMatch(e -> e.name().equals("Steven Marlow")), r.entities().toString());
        assertTrue(r.entities().stream().anyMatch(e -> e.name().equals("Jared Quint")), r.entities().toString());
        assertEquals("Steven Marlow", name(find(r, "Gespräche seien gut")));
    }

    @Test
    void firstNameVariantsAreOnePerson() {
        String text = "Der Gesandte Steven Marlow sagte, man komme voran. Steve Marlow sagte später, man werde wiederkommen.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals(1, r.entities().stream().filter(e -> e.surname().equals("Marlow")).count(), r.entities().toString());
        Statement later = find(r, "werde wiederkommen");
        assertEquals("Steven Marlow", name(later));
        assertTrue(later.evidence().stream().anyMatch(e -> e.contains("first-name variant")), later.evidence().toString());
    }

    @Test
    void dativeNewspaperAfterTheNameIsNotPartOfTheSpeaker() {
        String text = "„Der Steg bleibt bis Freitag gesperrt“, sagte Hafenmeisterin Ella Varga der Zeitung „Seeblatt“.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Steg bleibt");
        assertTrue(s.speaker().text().endsWith("Ella Varga"), s.speaker().text());
        assertEquals("Ella Varga", name(s));
    }

    @Test
    void pronounsAgreeWithEnglishRoleNounsAndTheEmployerIsNoPerson() {
        String text = "Lowmoor Terminal spokeswoman Mia Dunne said the gates would reopen. He said the talks had failed. "
                + "Ferry spokesman Olaf Brede said the boats were waiting. She said the strike was over.";
        ExtractionResult r = P.extract(text, "en");
        assertNotEquals("Mia Dunne", name(find(r, "talks had failed")), texts(r).toString());
        assertNotEquals("Lowmoor Terminal", name(find(r, "talks had failed")), texts(r).toString());
        assertEquals("Mia Dunne", name(find(r, "strike was over")), texts(r).toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().equals("Lowmoor Terminal") && e.kind().equals("PERSON")),
                r.entities().toString());
    }

    @Test
    void mixedCurlyAndStraightQuotationMarksPair() {
        String text = "The mayor spoke late. “We can open the pier soon,\" Mayor Tilda Brook said. "
                + "\"Obviously, the council will have to approve it first,” she said.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("We can open the pier soon", find(r, "open the pier").quote().text(), texts(r).toString());
        assertEquals("Obviously, the council will have to approve it first", find(r, "council will").quote().text(),
                texts(r).toString());
        assertEquals("Tilda Brook", name(find(r, "council will")));
    }

    @Test
    void acronymBeforeARoleIsAQualifierNotAName() {
        String text = "The talks went on, with UN Secretary of State Hal Voss praising the progress. \"We made progress,\" Voss said.";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Hal Voss", name(find(r, "made progress")), texts(r).toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.name().contains("Secretary") || e.name().startsWith("State")),
                r.entities().toString());
    }

    @Test
    void headlineQuoteThenColonAndNameIsTheNamesDirectStatement() {
        String text = "„Der Steg bleibt bis Freitag zu“: Varga bittet um Geduld\n"
                + "Hafenmeisterin Ella Varga sagte am Montag, die Arbeiten dauerten an.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Steg bleibt");
        assertEquals(HeadlineQuoteColon.RULE, s.rule());
        assertEquals("Der Steg bleibt bis Freitag zu", s.quote().text());
        assertEquals("Ella Varga", name(s));
        // a headline quote without a name after the colon stays without a statement
        ExtractionResult none = P.extract("„Der Steg bleibt bis Freitag zu“: die Lage am Hafen\nDer Regen hielt an.", "de");
        assertTrue(none.statements().stream().noneMatch(x -> HeadlineQuoteColon.RULE.equals(x.rule())), texts(none).toString());
    }

    @Test
    void timeZonesAreNoMentions() {
        ExtractionResult de = P.extract("Gegen 10 Uhr MEZ meldete der Sender Nordfunk, der Hafen sei gesperrt.", "de");
        assertTrue(de.entities().stream().noneMatch(e -> e.name().equals("MEZ")), de.entities().toString());
        assertEquals("Nordfunk", name(find(de, "Hafen sei gesperrt")));
        ExtractionResult en = P.extract("At 9 a.m. GMT the harbour office said the pier was closed.", "en");
        assertTrue(en.entities().stream().noneMatch(e -> e.name().equals("GMT")), en.entities().toString());
    }

    @Test
    void aCutOffLastParagraphIsNoHeadline() {
        String text = "\"We made progress,\" Voss said.\n\n"
                + "Brook thanked the council for its support, adding that work would continue in the coming\n";
        ExtractionResult r = P.extract(text, "en");
        assertEquals("Brook", name(find(r, "work would continue")), texts(r).toString());
        // a short last line without punctuation stays a headline-like line without statements
        ExtractionResult shortLine = P.extract("\"We made progress,\" Voss said.\n\nMore on the harbour strike\n", "en");
        assertEquals(1, shortLine.statements().size(), texts(shortLine).toString());
    }
}
