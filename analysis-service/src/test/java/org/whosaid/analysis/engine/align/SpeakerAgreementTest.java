package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link SpeakerAgreement#of} says about two renderings' speakers (invented names), and the reason it gives. */
class SpeakerAgreementTest {

    private static StatementView said(String speaker) {
        String quote = "Die Fähre fährt ab Mai zweimal am Tag";
        return new StatementView("s-" + speaker, 1, "Kreisblatt", null, "de", null, speaker, "Direct", quote,
                "„" + quote + "“, sagte " + speaker + ".", null, null);
    }

    private static String kindAndReason(String a, String b) {
        List<String> ev = new ArrayList<>();
        SpeakerAgreement.Kind kind = SpeakerAgreement.of(said(a), said(b), ev);
        return kind + " " + ev;
    }

    @Test
    void oneSurnameIsTheSamePerson() {
        assertEquals("SAME [speaker=surname:muster]", kindAndReason("Erika Muster", "Muster"));
    }

    @Test
    void anInstitutionIsCompatibleWithAPerson() {
        assertEquals("COMPATIBLE [speaker compatible: Erika Muster ~ Landesregierung (Landesregierung names no person)]",
                kindAndReason("Erika Muster", "Landesregierung"));
    }

    @Test
    void twoNamedPeopleDiffer() {
        assertEquals("DIFFERENT [speaker differs: Erika Muster vs Jonas Feldberg]",
                kindAndReason("Erika Muster", "Jonas Feldberg"));
    }
}
