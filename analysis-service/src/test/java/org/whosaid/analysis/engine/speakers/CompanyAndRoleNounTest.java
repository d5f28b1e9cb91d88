package org.whosaid.analysis.engine.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.Statement;

/** A company named with its legal form speaks as that company; occupation nouns before a name are roles. */
class CompanyAndRoleNounTest {

    private static Statement only(String text, String lang) {
        List<Statement> st = Pipeline.standard().extract(text, lang).statements();
        assertEquals(1, st.size(), st.toString());
        return st.get(0);
    }

    @Test
    void aCompanyWithItsLegalFormIsTheSpeakerWithoutTheOrganisationNounBeforeIt() {
        Statement s = only("Die Betreibergesellschaft Nordmole Logistik GmbH kündigte an, sich am Freitag zu äußern.", "de");
        assertEquals("Nordmole Logistik GmbH", s.speaker().name());
        assertEquals("Nordmole Logistik AG", only("Die Nordmole Logistik AG teilte mit, der Betrieb laufe weiter.", "de").speaker().name());
        // the same company in English is an organisation too, so both languages meet in one registry entry
        Statement en = only("Nordmole Logistik GmbH said it would comment on Friday.", "en");
        assertEquals("Nordmole Logistik GmbH", en.speaker().name());
        assertEquals(s.speaker().kind(), en.speaker().kind());
    }

    @Test
    void anOccupationNounBeforeANameIsARoleNotPartOfTheName() {
        assertEquals("Mira Olsen", only("Die Kranzhafener Gewerkschafterin Mira Olsen sagte, der Streik gehe weiter.", "de").speaker().name());
        assertEquals("Tomas Reiff", only("Der Journalist Tomas Reiff sagte, die Zahlen seien veraltet.", "de").speaker().name());
    }
}
