package org.whosaid.analysis.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conflict between outlets: kind (speaker, content, name, number, date, weekday, place, role), its subject, the values. */
@Schema(name = "Conflict")
public record ConflictJson(long id, String kind, String subject, List<ValueJson> values, Long clusterId) {

    /** One side: a value and who states it. */
    @Schema(name = "ConflictValue")
    public record ValueJson(String value, List<String> outlets, List<Long> articleIds, List<String> statementIds) {
    }
}
