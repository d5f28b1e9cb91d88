package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.align.SpeakerKinds.Kind;

/** The kind of a registry name from the engine's word lists (names invented where they are not places or agencies). */
class SpeakerKindsTest {

    @Test
    void peopleStayPeople() {
        assertEquals(Kind.PERSON, SpeakerKinds.of("Ilse Brandtner", "PERSON"));
        assertEquals(Kind.PERSON, SpeakerKinds.of("Wettberg", "PERSON"));
        assertEquals(Kind.PERSON, SpeakerKinds.of("Parrish", "PERSON"), "an -ish surname is no adjective");
    }

    @Test
    void institutionsAndLegalFormsAreOrganisations() {
        assertEquals(Kind.ORGANISATION, SpeakerKinds.of("Hafenarbeiterverband", "INSTITUTION"));
        assertEquals(Kind.ORGANISATION, SpeakerKinds.of("Kranzhafen Terminal GmbH", "PERSON"));
        assertEquals(Kind.ORGANISATION, SpeakerKinds.of("Innenministerium", "PERSON"));
        assertEquals(Kind.ORGANISATION, SpeakerKinds.of("Kremlin", "PERSON"));
        assertEquals(Kind.ORGANISATION, SpeakerKinds.of("Lowmoor Dock Workers Union", "PERSON"));
    }

    @Test
    void agenciesAndPapersAreMedia() {
        assertEquals(Kind.MEDIA, SpeakerKinds.of("Reuters", "PERSON"));
        assertEquals(Kind.MEDIA, SpeakerKinds.of("AFP", "INSTITUTION"));
        assertEquals(Kind.MEDIA, SpeakerKinds.of("Nachrichtenagentur Nordpress", "INSTITUTION"));
        assertEquals(Kind.MEDIA, SpeakerKinds.of("Ostmark-Zeitung", "INSTITUTION"));
        assertTrue(SpeakerKinds.medium("Nachrichtenagentur"));
        assertFalse(SpeakerKinds.medium("Sprecherin"));
    }

    @Test
    void givenNamesAreNotRolesPlacesOrMedia() {
        for (String n : new String[]{"Jurij", "Andrij", "Hanna", "Steve", "Wladimir", "Ole", "Marta", "Christian",
                "Sebastian", "Friedrich", "Annalena", "Robert", "Emmanuel", "Kirill", "Sergej", "Jared", "Ilse",
                "Talea", "Bertil", "Hans-Peter", "J."}) {
            assertTrue(SpeakerKinds.givenNameLike(n), n);
        }
        for (String n : new String[]{"Envoy", "Russian President", "Moskau", "Sondergesandter", "Bürgermeisterin",
                "Kremlsprecher", "AFP", "Regierung", "deutsche", ""}) {
            assertFalse(SpeakerKinds.givenNameLike(n), n);
        }
        assertEquals(Kind.MEDIA, SpeakerKinds.of("Kliffmoor News", "PERSON"), "a news outlet is a medium");
    }

    @Test
    void placesAndTheirAdjectives() {
        assertEquals(Kind.PLACE, SpeakerKinds.of("Moskau", "PERSON"));
        assertEquals(Kind.PLACE, SpeakerKinds.of("Britain", "PERSON"));
        assertEquals(Kind.PLACE, SpeakerKinds.of("Russian", "PERSON"));
        assertEquals(Kind.PLACE, SpeakerKinds.of("ukrainische", "PERSON"));
        assertEquals(Kind.PLACE, SpeakerKinds.of("Hamburger", "PERSON"));
    }
}
