package org.whosaid.analysis.engine.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links a name mention to a person across articles. Rules: a full name joins a person whose surname matches
 * (transliteration-neutral, phonetic) and whose first name is the same, a nickname, an initial or a transliteration;
 * a surname-only person learns a first name when nobody else with that surname has one; a surname-only mention
 * joins the one person with that surname. Two people are never merged on a surname alone: conflicting first names
 * make a new person (the conflict is reported by {@link #conflictingFirstNames}).
 */
public final class PersonRegistry {

    /** The person a mention resolved to and why. */
    public record Match(PersonRecord person, String how) {
    }

    public Match resolve(NameMention m, PersonLookup lookup) {
        String surname = m.surname() == null || m.surname().isBlank() ? m.name() : m.surname();
        if (m.isInstitution()) {
            String key = institutionKey(m.name());
            for (PersonRecord p : lookup.candidates("INSTITUTION", key, Names.fold(m.name()))) {
                if (Names.fold(p.canonicalName()).equals(Names.fold(m.name()))) {
                    return new Match(p, "institution name");
                }
            }
            return new Match(lookup.create("INSTITUTION", m.name(), null, m.name()), "new institution");
        }
        List<PersonRecord> same = new ArrayList<>();
        for (PersonRecord p : lookup.candidates("PERSON", Names.phoneticKey(surname), Names.translit(surname))) {
            if ("PERSON".equals(p.kind()) && Names.sameSurname(p.surname(), surname)) {
                same.add(p);
            }
        }
        same.sort(Comparator.comparingLong(PersonRecord::mentions).reversed().thenComparingLong(PersonRecord::id));
        List<PersonRecord> named = same.stream().filter(p -> p.firstName() != null).toList();
        PersonRecord surnameOnly = same.stream().filter(p -> p.firstName() == null).findFirst().orElse(null);
        if (m.firstName() == null || m.firstName().isBlank()) {
            if (named.size() == 1) {
                return new Match(named.get(0), "surname " + surname + " → the only " + named.get(0).canonicalName());
            }
            if (surnameOnly != null) {
                return new Match(surnameOnly, "surname only (" + named.size() + " full names share it)");
            }
            if (named.isEmpty()) {
                return new Match(lookup.create("PERSON", surname, null, surname), "new person (surname only)");
            }
            return new Match(lookup.create("PERSON", surname, null, surname),
                    "surname only, ambiguous between " + named.size() + " people");
        }
        for (PersonRecord p : named) {
            if (Names.firstNames(p.firstName(), m.firstName()) == Names.FirstNames.SAME) {
                return new Match(p, "same person: surname " + p.surname() + "~" + surname + ", first name "
                        + p.firstName() + "~" + m.firstName());
            }
        }
        if (surnameOnly != null && named.isEmpty()) {
            return new Match(lookup.upgrade(surnameOnly, m.name(), m.firstName()), "surname-only person gets first name");
        }
        String why = named.isEmpty() ? "new person" : "new person: first name " + m.firstName() + " differs from "
                + named.stream().map(PersonRecord::canonicalName).toList();
        return new Match(lookup.create("PERSON", m.name(), m.firstName(), surname), why);
    }

    public static String institutionKey(String name) {
        String f = "i:" + Names.fold(name);
        return f.length() > 60 ? f.substring(0, 60) : f;
    }

    /**
     * People who share a surname but carry first names that cannot be the same person: candidates for a "name"
     * conflict (the caller checks they share a role or a story).
     */
    public static List<PersonRecord> conflictingFirstNames(PersonRecord person, List<PersonRecord> sameSurnameCandidates) {
        List<PersonRecord> out = new ArrayList<>();
        if (person.firstName() == null || !"PERSON".equals(person.kind())) {
            return out;
        }
        for (PersonRecord o : sameSurnameCandidates) {
            if (o.id() != person.id() && o.firstName() != null && "PERSON".equals(o.kind())
                    && Names.sameSurname(o.surname(), person.surname())
                    && Names.firstNames(o.firstName(), person.firstName()) == Names.FirstNames.DIFFERENT) {
                out.add(o);
            }
        }
        return out;
    }
}
