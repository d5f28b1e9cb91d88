package org.whosaid.analysis.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.whosaid.analysis.service.Conflict;

/** A conflict between outlets: kind (speaker, content, name, number, date, weekday, place, role), its subject, the values. */
@Schema(name = "Conflict")
public record ConflictJson(long id, String kind, String subject, List<ValueJson> values, Long clusterId) {

    /** One side: a value and who states it. */
    @Schema(name = "ConflictValue")
    public record ValueJson(String value, List<String> outlets, List<Long> articleIds, List<String> statementIds) {
    }

    /** The API's view of a conflict that the services found. */
    public static ConflictJson of(Conflict c) {
        return new ConflictJson(c.id(), c.kind(), c.subject(), c.values() == null ? null : c.values().stream()
                .map(v -> new ValueJson(v.value(), v.outlets(), v.articleIds(), v.statementIds())).toList(), c.clusterId());
    }
}
