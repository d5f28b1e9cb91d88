package org.whosaid.analysis.service;

import java.util.List;

/**
 * A conflict between outlets as the services find and store it: kind (speaker, content, name, number, date, weekday,
 * place, role), its subject, the values and the cluster it belongs to (null for a name conflict). E.g. kind "number",
 * subject "Kosten", values "zwölf Millionen" (two outlets) against "15 Millionen" (one).
 */
public record Conflict(long id, String kind, String subject, List<Value> values, Long clusterId) {

    /**
     * One side: a value and who states it. Stored as JSON in {@code ConflictEntity.valuesJson}, so its fields and
     * their order are the stored shape.
     */
    public record Value(String value, List<String> outlets, List<Long> articleIds, List<String> statementIds) {
    }
}
