package org.whosaid.analysis.engine.speakers;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Pipeline;
import org.whosaid.analysis.engine.model.EntityMention;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import static org.junit.jupiter.api.Assertions.*;

/** Entities of one text: full names, surname links, spelling variants, roles, no merge on a surname alone. */
class EntitiesTest {
    private static final Pipeline P = Pipeline.standard();

    static EntityMention entity(ExtractionResult r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities()));
    }

    @Test
    void delegationMembersAreEntitiesWithRoles() {
        String text = "Die Delegation besteht aus Chefunterhändler Boris Petrenkow und Generalstabschef Lew Marten. "
                + "Petrenkow reist am Freitag ab.";
        ExtractionResult r = P.extract(text, "de");
        EntityMention p = entity(r, "Boris Petrenkow");
        assertEquals("Boris", p.firstName());
        assertEquals("Petrenkow", p.surname());
        assertTrue(p.roles().contains("Chefunterhändler"), p.roles().toString());
        assertEquals(2, p.spans().size(), "the surname-only mention is linked to the full name");
        assertTrue(entity(r, "Lew Marten").roles().contains("Generalstabschef"));
    }

    @Test
    void rolesKeepTheirAdjectivesButNotTheArticle() {
        // invented people; the descriptors go to the role, the name stays the name
        ExtractionResult r = P.extract("Der stellvertretende Regierungssprecher Max Lorn sagte, man prüfe alles.", "de");
        EntityMention lorn = entity(r, "Max Lorn");
        assertEquals("Lorn", lorn.surname());
        assertTrue(lorn.roles().contains("stellvertretende Regierungssprecher"), lorn.roles().toString());
        EntityMention kessler = entity(P.extract("„Das ist ein Anfang“, sagte der ehemalige Bürgermeister Anton Kessler.", "de"),
                "Anton Kessler");
        assertTrue(kessler.roles().contains("ehemalige Bürgermeister"), kessler.roles().toString());
        EntityMention en = entity(P.extract("\"We will not give in,\" said former mayor Anton Kessler.", "en"), "Anton Kessler");
        assertTrue(en.roles().contains("former mayor"), en.roles().toString());
    }

    @Test
    void nearSpellingIsAVariantOfTheSamePerson() {
        String text = "Chefunterhändler Boris Petrenkow traf am Montag ein. Später sagte Petrenko, die Gespräche seien gut verlaufen.";
        ExtractionResult r = P.extract(text, "de");
        EntityMention p = entity(r, "Boris Petrenkow");
        assertTrue(p.variants().contains("Petrenko") && p.variants().contains("Petrenkow"), p.variants().toString());
        Statement s = r.statements().get(0);
        assertEquals("Boris Petrenkow", s.speaker().name());
    }

    @Test
    void differentFirstNamesAreNotMerged() {
        String text = "Generalstabschef Jurek Hanko und sein Bruder Marek Hanko kamen nach Lindenau.";
        ExtractionResult r = P.extract(text, "de");
        entity(r, "Jurek Hanko");
        entity(r, "Marek Hanko");
    }

    @Test
    void roleNounResolvesToThePersonIntroducedWithIt() {
        String text = "Der lindenauische Präsident Karl Wendt besuchte die Stadt. "
                + "Der Staatschef sagte, die Brücke werde gebaut.";
        Statement s = P.extract(text, "de").statements().get(0);
        assertEquals("Der Staatschef", s.speaker().text());
        assertEquals("Karl Wendt", s.speaker().name(), "Staatschef is a synonym of Präsident");
    }

    @Test
    void institutionsAreEntities() {
        String text = "Das Weiße Haus bestätigte, dass der Präsident reisen werde. Der Kreml äußerte sich nicht.";
        ExtractionResult r = P.extract(text, "de");
        assertEquals("INSTITUTION", entity(r, "Weißes Haus").kind());
        assertEquals("Weißes Haus", r.statements().get(0).speaker().name());
    }
}
