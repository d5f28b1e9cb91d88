package org.whosaid.analysis.engine.speakers;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.model.Statement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The speaker span is the phrase a reader would quote as the speaker (article, adjectives, descriptor noun, party in
 * brackets), and the name inside it is resolved. Fictional German sentences.
 */
class SpeakerPhraseTest {
    private static final Pipeline P = Pipeline.standard();

    private static Statement find(ExtractionResult r, String quotePart) {
        return r.statements().stream().filter(s -> s.quote().text().contains(quotePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + quotePart + "' in " + r.statements()));
    }

    private static void assertSpeaker(String text, Statement s, String phrase, String name) {
        int start = text.indexOf(phrase);
        assertEquals(List.of(new Span(start, start + phrase.length())), s.speaker().spans(), s.speaker().toString());
        assertEquals(name, s.speaker().name());
    }

    @Test
    void articleAdjectiveAndDescriptorNounBeforeAName() {
        String text = "Zum Abschluss sagte der schwedische Kapitän Nils Hammar: „Wir kommen im nächsten Jahr wieder.“";
        assertSpeaker(text, find(P.extract(text, "de"), "nächsten Jahr"), "der schwedische Kapitän Nils Hammar", "Nils Hammar");
    }

    @Test
    void descriptorNounBeforeAnOrganisation() {
        String text = "Die dänische Reederei Nordfærge versicherte, die Fähren seien sicher.";
        assertSpeaker(text, find(P.extract(text, "de"), "Fähren seien sicher"), "Die dänische Reederei Nordfærge", "Nordfærge");
    }

    @Test
    void ageAdjective() {
        String text = "Der 71-jährige Hammar sagte, er habe genug vom Meer.";
        assertSpeaker(text, find(P.extract(text, "de"), "genug vom Meer"), "Der 71-jährige Hammar", "Hammar");
    }

    @Test
    void partyInBrackets() {
        String text = "Hafensenatorin Kristina Lund (SPD) sagte der Hafenzeitung, sie sei zufrieden.";
        Statement s = find(P.extract(text, "de"), "sei zufrieden");
        assertSpeaker(text, s, "Hafensenatorin Kristina Lund (SPD)", "Kristina Lund");
        assertTrue(s.frame().text().startsWith("Hafensenatorin Kristina Lund (SPD) sagte"), "the bracket does not end the cue clause: " + s.frame());
    }

    @Test
    void organisationWithBracketedAcronym() {
        String text = "Die Interessengemeinschaft der Hafenanleger (IdH) verlangte am Dienstag den Abgang des Vorstands.";
        Statement s = find(P.extract(text, "de"), "Abgang des Vorstands");
        assertSpeaker(text, s, "Die Interessengemeinschaft der Hafenanleger (IdH)", "IdH");
        assertEquals("INSTITUTION", s.speaker().kind());
    }

    @Test
    void surnameAfterAFirstNameThatIsAlsoAnAdjective() {
        String text = "Bei dem Treffen sagte Hans Peter Klug, die Lage sei ernst.";
        assertSpeaker(text, find(P.extract(text, "de"), "Lage sei ernst"), "Hans Peter Klug", "Hans Peter Klug");
    }

    @Test
    void unknownCompoundAfterARoleIsASurname() {
        String text = "Dazu erklärte Hafensenatorin Mühlenkamp, die Stege blieben offen.";
        assertSpeaker(text, find(P.extract(text, "de"), "Stege blieben offen"), "Hafensenatorin Mühlenkamp", "Mühlenkamp");
    }

    @Test
    void subjectPronounAfterTheVerbInVerbSecondOrder() {
        String text = "Hafensenatorin Kristina Lund besuchte am Montag den Steg. "
                + "Den Plan verteidigte sie, der Steg werde pünktlich fertig.";
        Statement s = find(P.extract(text, "de"), "pünktlich fertig");
        assertEquals("sie", s.speaker().text());
        assertEquals("Kristina Lund", s.speaker().name());
    }

    @Test
    void continuationTakesTheSpeakersLatestMention() {
        String text = "Hafensenatorin Kristina Lund sagte, der Steg sei fast fertig. Lund lächelte dabei. "
                + "„Wir sind im Zeitplan und bleiben es auch.“";
        ExtractionResult r = P.extract(text, "de");
        Statement s = find(r, "im Zeitplan");
        assertEquals("Kristina Lund", s.speaker().name());
        int at = text.indexOf("Lund lächelte");
        assertEquals(List.of(new Span(at, at + 4)), s.speaker().spans(), "the speaker named again in the sentence before");
    }

    @Test
    void roleOrOrganisationWithItsPlace() {
        String text = "Gestern teilte die Regierung in Westerholm mit, die Fähren würden eingestellt.";
        Statement s = find(P.extract(text, "de"), "Fähren würden eingestellt");
        int at = text.indexOf("die Regierung");
        assertEquals(List.of(new Span(at, text.indexOf(" mit,"))), s.speaker().spans(), s.speaker().toString());
    }

    @Test
    void organisationWithAQuotedTitle() {
        String text = "Wie die dänische Hafenzeitung „Kajenblatt“ meldete, sei der Lotse gestürzt.";
        Statement s = find(P.extract(text, "de"), "Lotse gestürzt");
        assertSpeaker(text, s, "die dänische Hafenzeitung „Kajenblatt“", "Kajenblatt");
    }

    @Test
    void aProfessionNotInTheRoleListBeforeAFullNameEndingInS() {
        // not a genitive ("die Rede Brandts" is one): a full name after a noun is its apposition
        for (String noun : List.of("Förster", "Lehrer", "Bäcker")) {
            String text = "„Die Wege bleiben im Winter offen“, sagte " + noun + " Okko Rademakers.";
            Statement s = find(P.extract(text, "de"), "Wege bleiben");
            assertEquals("Okko Rademakers", s.speaker() == null ? null : s.speaker().name(), text);
        }
        String genitive = "„Das war knapp“, sagte Ole Brink über die Rede Rademakers.";
        assertEquals("Ole Brink", find(P.extract(genitive, "de"), "war knapp").speaker().name());
    }

    @Test
    void twoRolesJoinedBeforeAName() {
        String text = "Der Kreistagsabgeordnete und Kreisvorsitzende Anton Stolz sagte, er sei zufrieden.";
        assertSpeaker(text, find(P.extract(text, "de"), "sei zufrieden"), "Der Kreistagsabgeordnete und Kreisvorsitzende Anton Stolz", "Anton Stolz");
    }

    @Test
    void twoUnknownWordsMakeAForeignName() {
        String text = "Der isländische Komiteechef Sjúrður Hansvik sagte: „Das ist ein guter Tag für alle.“";
        assertSpeaker(text, find(P.extract(text, "de"), "guter Tag"), "Der isländische Komiteechef Sjúrður Hansvik", "Sjúrður Hansvik");
    }

    @Test
    void subjectAfterASentenceInitialAdverb() {
        String text = "Auch der frühere Hafenkapitän Ole Brandt kritisierte, die Regel sei unklar.";
        assertSpeaker(text, find(P.extract(text, "de"), "Regel sei unklar"), "der frühere Hafenkapitän Ole Brandt", "Ole Brandt");
    }

    @Test
    void plainNounPhraseWithGenitiveAsSubject() {
        String text = "Die Veranstalter der Kundgebung erklären dagegen, es seien viel mehr Menschen gewesen.";
        Statement s = find(P.extract(text, "de"), "viel mehr Menschen");
        int at = text.indexOf("Die Veranstalter der Kundgebung");
        assertEquals(List.of(new Span(at, at + "Die Veranstalter der Kundgebung".length())), s.speaker().spans());
    }

    @Test
    void demonstrativeSubjectPointsToTheLastPersonNamed() {
        String text = "Der Trainer Ole Brandt traf am Montag den Spieler Jens Harder. Dieser sagte danach, er sei zufrieden.";
        Statement s = find(P.extract(text, "de"), "sei zufrieden");
        assertEquals("Dieser", s.speaker().text());
        assertEquals("Jens Harder", s.speaker().name());
    }

    @Test
    void agentOfAPassiveCue() {
        String text = "Von Seiten der dänischen Delegation war gefordert worden, die Fähre solle wieder fahren.";
        Statement s = find(P.extract(text, "de"), "Fähre solle wieder fahren");
        int at = text.indexOf("der dänischen Delegation");
        assertEquals(List.of(new Span(at, at + "der dänischen Delegation".length())), s.speaker().spans(), s.speaker().toString());
    }
}
