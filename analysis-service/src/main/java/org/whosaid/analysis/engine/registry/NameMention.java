package org.whosaid.analysis.engine.registry;

/** A name as an article gives it: full name, first name (null when absent), surname, kind (PERSON/INSTITUTION). */
public record NameMention(String name, String firstName, String surname, String kind) {
    public static NameMention ofFullName(String name, String kind) {
        if ("INSTITUTION".equals(kind)) {
            return new NameMention(name, null, name, kind);
        }
        String[] p = Names.split(name);
        return new NameMention(name, p[0], p[1], "PERSON");
    }

    public boolean isInstitution() {
        return "INSTITUTION".equals(kind);
    }
}
