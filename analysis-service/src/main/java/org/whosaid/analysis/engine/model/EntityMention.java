package org.whosaid.analysis.engine.model;

import java.util.List;

/**
 * A person or institution mentioned in a text, quoted or not (delegation members count too).
 *
 * @param name      the fullest form of the name found in this text ("Andrij Hnatow")
 * @param firstName first name when the text gives one, else null
 * @param surname   surname (persons) or the institution's name
 * @param kind      PERSON or INSTITUTION
 * @param roles     role nouns and appositions attached to it in this text ("Generalstabschef", "Kreml-Berater")
 * @param spans     every mention of it in the text (full names, surname-only, role nouns and pronouns resolved to it)
 * @param variants  every spelling of the name seen in this text ("Umjerow", "Umerow")
 */
public record EntityMention(String name, String firstName, String surname, String kind,
                            List<String> roles, List<Span> spans, List<String> variants) {
    public EntityMention {
        roles = roles == null ? List.of() : List.copyOf(roles);
        spans = spans == null ? List.of() : List.copyOf(spans);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
