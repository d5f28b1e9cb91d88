package org.whosaid.analysis.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.registry.NameMention;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonLookup;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;

/** The registry's name rules on invented people and on the transliteration patterns it must handle. */
class PersonRegistryTest {

    /** An in-memory registry store. */
    static final class Memory implements PersonLookup {
        final List<PersonRecord> all = new ArrayList<>();

        @Override
        public List<PersonRecord> candidates(String kind, String phoneticKey, String surnameNorm) {
            return all.stream().filter(p -> p.kind().equals(kind) && (kind.equals("INSTITUTION")
                    ? PersonRegistry.institutionKey(p.canonicalName()).equals(phoneticKey)
                    : Names.phoneticKey(p.surname()).equals(phoneticKey) || Names.translit(p.surname()).equals(surnameNorm)))
                    .toList();
        }

        @Override
        public PersonRecord create(String kind, String canonicalName, String firstName, String surname) {
            PersonRecord p = new PersonRecord(all.size() + 1, kind, canonicalName, firstName, surname, 1);
            all.add(p);
            return p;
        }

        @Override
        public PersonRecord upgrade(PersonRecord person, String canonicalName, String firstName) {
            PersonRecord p = new PersonRecord(person.id(), person.kind(), canonicalName, firstName, person.surname(), 1);
            all.set((int) person.id() - 1, p);
            return p;
        }
    }

    final PersonRegistry registry = new PersonRegistry();

    long resolve(Memory m, String name) {
        return registry.resolve(NameMention.ofFullName(name, "PERSON"), m).person().id();
    }

    @Test
    void transliterationsOfOneSurnameMeet() {
        assertTrue(Names.sameSurname("Selenskyj", "Zelensky"));
        assertTrue(Names.sameSurname("Selenskij", "Zelenskyy"));
        assertTrue(Names.sameSurname("Umjerow", "Umerow"));
        assertTrue(Names.sameSurname("Umerow", "Umerov"));
        assertTrue(Names.sameSurname("Uschakow", "Ushakov"));
        assertFalse(Names.sameSurname("Lawrow", "Uschakow"));
        assertFalse(Names.sameSurname("Brandt", "Berndsen"));
    }

    @Test
    void firstNamesNicknamesAndInitials() {
        assertEquals(Names.FirstNames.SAME, Names.firstNames("Steve", "Steven"));
        assertEquals(Names.FirstNames.SAME, Names.firstNames("Wolodymyr", "Volodymyr"));
        assertEquals(Names.FirstNames.SAME, Names.firstNames("S.", "Steven"));
        assertEquals(Names.FirstNames.SAME, Names.firstNames("Juri", "Jurij"));
        assertEquals(Names.FirstNames.DIFFERENT, Names.firstNames("Jurij", "Andrij"));
        assertEquals(Names.FirstNames.UNKNOWN, Names.firstNames(null, "Andrij"));
    }

    @Test
    void spellingsOfOnePersonResolveToOneEntity() {
        Memory m = new Memory();
        long a = resolve(m, "Wolodymyr Selenskyj");
        assertEquals(a, resolve(m, "Volodymyr Zelensky"));
        assertEquals(a, resolve(m, "Selenskij"));
        long b = resolve(m, "Rustem Umjerow");
        assertEquals(b, resolve(m, "Rustem Umerow"));
        assertEquals(b, resolve(m, "Rustam Umerov"));
        long c = resolve(m, "Steve Quarnby");
        assertEquals(c, resolve(m, "Steven Quarnby"));
        assertNotEquals(a, b);
    }

    @Test
    void neverMergesTwoPeopleOnASurnameAlone() {
        Memory m = new Memory();
        long jurij = resolve(m, "Jurij Pelkowitsch");
        long andrij = resolve(m, "Andrij Pelkowitsch");
        assertNotEquals(jurij, andrij);
        PersonRecord pj = m.all.get((int) jurij - 1);
        assertEquals(1, PersonRegistry.conflictingFirstNames(pj, m.all).size(), "recorded as a name conflict");
        // a bare surname is ambiguous now: it joins neither full name
        long bare = resolve(m, "Pelkowitsch");
        assertNotEquals(jurij, bare);
        assertNotEquals(andrij, bare);
    }

    @Test
    void surnameOnlyPersonLearnsItsFirstName() {
        Memory m = new Memory();
        long bare = resolve(m, "Hollweger");
        assertEquals(bare, resolve(m, "Agnes Hollweger"));
        assertEquals(bare, resolve(m, "Hollweger"));
    }

    @Test
    void institutionsMatchByName() {
        Memory m = new Memory();
        long k = registry.resolve(NameMention.ofFullName("Rat von Lindwerder", "INSTITUTION"), m).person().id();
        assertEquals(k, registry.resolve(NameMention.ofFullName("Rat von Lindwerder", "INSTITUTION"), m).person().id());
        assertNotEquals(k, resolve(m, "Lindwerder"));
    }
}
