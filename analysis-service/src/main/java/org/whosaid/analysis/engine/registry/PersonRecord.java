package org.whosaid.analysis.engine.registry;

/** A person or institution known to the registry. {@code firstName} is null for surname-only and institutions. */
public record PersonRecord(long id, String kind, String canonicalName, String firstName, String surname, long mentions) {
    public String entityId() {
        return entityId(id);
    }

    public static String entityId(long id) {
        return "p-" + id;
    }
}
