package org.whosaid.analysis.engine.registry;

import java.util.List;

/** What the registry needs from storage (implemented by the service's store; an in-memory one serves tests). */
public interface PersonLookup {
    /** Persons whose phonetic key equals {@code phoneticKey} or whose normalised surname equals {@code surnameNorm}. */
    List<PersonRecord> candidates(String kind, String phoneticKey, String surnameNorm);

    PersonRecord create(String kind, String canonicalName, String firstName, String surname);

    /** A surname-only person learns its first name. */
    PersonRecord upgrade(PersonRecord person, String canonicalName, String firstName);
}
