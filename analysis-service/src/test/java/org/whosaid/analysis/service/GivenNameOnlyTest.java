package org.whosaid.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.registry.NameMention;

/**
 * A role, place or title before a surname is no first name for the registry: "Envoy Olfsen" resolves as "Olfsen"
 * would, so it joins the one Tjark Olfsen instead of making a second Olfsen that leaves every bare "Olfsen" ambiguous.
 */
class GivenNameOnlyTest {

    @Test
    void rolesAndPlacesBeforeTheSurnameAreDropped() {
        assertNull(RegistryService.givenNameOnly(new NameMention("Envoy Olfsen", "Envoy", "Olfsen", "PERSON")).firstName());
        assertNull(RegistryService.givenNameOnly(NameMention.ofFullName("Russian President Olfsen", "PERSON")).firstName());
        assertNull(RegistryService.givenNameOnly(NameMention.ofFullName("Moskau Olfsen", "PERSON")).firstName());
        assertEquals("Olfsen", RegistryService.givenNameOnly(NameMention.ofFullName("Envoy Olfsen", "PERSON")).surname());
    }

    @Test
    void givenNamesAndInstitutionsStay() {
        assertEquals("Tjark", RegistryService.givenNameOnly(NameMention.ofFullName("Tjark Olfsen", "PERSON")).firstName());
        assertEquals("Hans-Peter", RegistryService.givenNameOnly(NameMention.ofFullName("Hans-Peter Olfsen", "PERSON")).firstName());
        NameMention inst = NameMention.ofFullName("Hafenamt Kliffmoor", "INSTITUTION");
        assertEquals(inst, RegistryService.givenNameOnly(inst));
    }
}
