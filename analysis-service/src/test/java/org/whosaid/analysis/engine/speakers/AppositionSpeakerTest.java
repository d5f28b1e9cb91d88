package org.whosaid.analysis.engine.speakers;

import org.whosaid.analysis.engine.layer.Mention;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.layer.Document;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.EntityMention;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Form;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.analysis.engine.speakers.EntitiesTest.entity;

/**
 * A role phrase and a name written as an apposition: the name is the speaker, the role phrase its role, and the
 * speaker span covers the whole apposition (as gnqa annotates it). Fictional sentences, German and English.
 */
class AppositionSpeakerTest {
    private static final Pipeline P = Pipeline.standard();

    private static Statement find(ExtractionResult r, String quotePart) {
        return r.statements().stream().filter(s -> s.quote().text().contains(quotePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + quotePart + "' in " + r.statements()));
    }

    /** the speaker's mention in the text: one span from {@code first} to the end of {@code last} */
    private static void assertSpeakerSpan(String text, Statement s, String first, String last) {
        int start = text.indexOf(first);
        int end = text.indexOf(last, start) + last.length();
        assertEquals(List.of(new Span(start, end)), s.speaker().spans(), "speaker span of " + s.speaker());
        assertEquals(text.substring(start, end), s.speaker().text());
    }

    @Test
    void englishRoleWithPlacePhraseThenName() {
        String text = "The mayor of the small Baltic port town of Westerholm, Jorunn Eklund, said on Friday: "
                + "\"The ferry pier will reopen in June, weeks ahead of the season.\"";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "ferry pier will reopen");
        assertEquals(Form.Direct, s.form());
        assertEquals("Jorunn Eklund", s.speaker().name());
        assertEquals("PERSON", s.speaker().kind());
        assertSpeakerSpan(text, s, "The mayor", "Jorunn Eklund");
        assertEquals("said", s.cue().text());
        EntityMention e = entity(r, "Jorunn Eklund");
        assertEquals(List.of("mayor of Westerholm"), e.roles());
        assertTrue(r.entities().stream().noneMatch(x -> x.name().equals("Westerholm") && x.kind().equals("PERSON")),
                "the town in the role phrase is not a person: " + r.entities());
    }

    @Test
    void germanRoleWithGenitivePlaceThenName() {
        String text = "Der Bürgermeister der kleinen Gemeinde Westerholm, Jorunn Eklund, sagte am Freitag: "
                + "„Der Anleger wird im Juni wieder geöffnet.“";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Anleger wird im Juni");
        assertEquals("Jorunn Eklund", s.speaker().name());
        assertSpeakerSpan(text, s, "Der Bürgermeister", "Jorunn Eklund");
        assertEquals(List.of("Bürgermeister von Westerholm"), entity(r, "Jorunn Eklund").roles());
    }

    @Test
    void germanSpokeswomanOfMinistryThenName() {
        String text = "Die Sprecherin des Verkehrsministeriums, Marta Sundqvist, sagte, die Brücke sei erst im Herbst befahrbar.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Brücke sei erst im Herbst");
        assertEquals("die Brücke sei erst im Herbst befahrbar", s.quote().text());
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Die Sprecherin", "Marta Sundqvist");
        assertEquals(List.of("Sprecherin des Verkehrsministeriums"), entity(r, "Marta Sundqvist").roles());
    }

    @Test
    void germanNameThenRoleAndAFemalePronounLater() {
        String text = "Marta Sundqvist, Sprecherin des Verkehrsministeriums, sagte, die Brücke sei erst im Herbst befahrbar. "
                + "Sie fügte hinzu, die Reparatur habe doppelt so viel gekostet wie geplant.";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "Brücke sei erst im Herbst");
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Marta Sundqvist", "Verkehrsministeriums");
        assertEquals(List.of("Sprecherin des Verkehrsministeriums"), entity(r, "Marta Sundqvist").roles());
        Statement next = find(r, "doppelt so viel gekostet");
        assertEquals("Sie", next.speaker().text());
        assertEquals("Marta Sundqvist", next.speaker().name());
    }

    @Test
    void germanNameThenRoleAfterTheVerb() {
        String text = "„Die Reparatur hat länger gedauert als gedacht“, sagte Marta Sundqvist, die Sprecherin des Verkehrsministeriums.";
        Statement s = find(P.extract(text, "de"), "länger gedauert");
        assertEquals(Form.Direct, s.form());
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Marta Sundqvist", "Verkehrsministeriums");
    }

    @Test
    void englishNameThenRoleIsNotTheContent() {
        String text = "Marta Sundqvist, a spokeswoman for the transport ministry, said the bridge would not open before autumn. "
                + "She added that the repairs had cost twice as much as planned.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "bridge would not open");
        assertEquals("the bridge would not open before autumn", s.quote().text(),
                "the apposition belongs to the speaker, not to the content");
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Marta Sundqvist", "transport ministry");
        assertEquals(List.of("spokeswoman for the transport ministry"), entity(r, "Marta Sundqvist").roles());
        assertTrue(r.statements().stream().noneMatch(x -> x.quote().text().startsWith("Marta Sundqvist")), r.statements().toString());
        assertEquals("Marta Sundqvist", find(r, "repairs had cost").speaker().name());
    }

    @Test
    void englishNameThenRoleAfterTheQuote() {
        String text = "\"The repairs took longer than anyone expected,\" said Marta Sundqvist, a spokeswoman for the transport ministry.";
        Statement s = find(P.extract(text, "en"), "repairs took longer");
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Marta Sundqvist", "transport ministry");
    }

    @Test
    void aSourcePhraseKeepsTheApposition() {
        String text = "Nach Angaben von Marta Sundqvist, der Sprecherin des Verkehrsministeriums, ist die Brücke gesperrt.";
        Statement s = find(P.extract(text, "de"), "Brücke gesperrt");
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Angaben", "Verkehrsministeriums");
    }

    @Test
    void aCoordinationIsNotAnApposition() {
        String text = "Der Bürgermeister, Jorunn Eklund und Marta Sundqvist unterschrieben am Montag den Vertrag.";
        Document d = P.analyse(text, "de");
        assertTrue(d.mentions.stream().noneMatch(m -> m.start == 0 && m.kind == Mention.Kind.NAME),
                "no name mention spans the list: " + d.mentions);
        assertTrue(d.tokens.stream().noneMatch(t -> t.inSpeakerPhrase), "the comma of a list stays a clause boundary");
        assertTrue(entity(P.extract(text, "de"), "Jorunn Eklund").roles().isEmpty(), "the role is not hers");
    }

    @Test
    void aListOfNamesAndRolesIsNotJoined() {
        String text = "Eva Brandt, Jorunn Eklund und die Bürgermeisterin haben den Plan vorgestellt.";
        Document d = P.analyse(text, "de");
        int comma = text.indexOf(",");
        assertTrue(d.mentions.stream().noneMatch(m -> m.start < comma && m.end > comma), "names stay separate: " + d.mentions);
    }

    @Test
    void germanNameThenUnlistedNounAtTheSentenceEnd() {
        String text = "„Wir haben gut gespielt“, sagte Jens Harder, Kapitän der Fähre.";
        Statement s = find(P.extract(text, "de"), "gut gespielt");
        assertEquals("Jens Harder", s.speaker().name());
        assertSpeakerSpan(text, s, "Jens Harder", "Fähre");
        assertEquals(List.of("Kapitän der Fähre"), entity(P.extract(text, "de"), "Jens Harder").roles());
    }

    @Test
    void germanNameThenRoleBeforeAColon() {
        String text = "In einem Interview sagte Ole Brandt, Gründer der Band: „Wir spielen weiter, solange es geht.“";
        Statement s = find(P.extract(text, "de"), "spielen weiter");
        assertEquals("Ole Brandt", s.speaker().name());
        assertSpeakerSpan(text, s, "Ole Brandt", "der Band");
    }

    @Test
    void englishPossessiveRolePhrases() {
        String text = "Marta Sundqvist, the ministry's spokeswoman, said the ferry would run again in June.";
        ExtractionResult r = P.extract(text, "en");
        Statement s = find(r, "ferry would run");
        assertEquals("Marta Sundqvist", s.speaker().name());
        assertSpeakerSpan(text, s, "Marta Sundqvist", "spokeswoman");
        assertEquals(List.of("ministry's spokeswoman"), entity(r, "Marta Sundqvist").roles());

        String text2 = "The port authority's director, Jorunn Eklund, said the pier was safe.";
        Statement s2 = find(P.extract(text2, "en"), "pier was safe");
        assertEquals("Jorunn Eklund", s2.speaker().name());
        assertSpeakerSpan(text2, s2, "The port authority's director", "Jorunn Eklund");
    }
}
