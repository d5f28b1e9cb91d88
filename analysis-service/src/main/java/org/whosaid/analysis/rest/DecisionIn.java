package org.whosaid.analysis.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.whosaid.analysis.service.DecisionRequest;

/**
 * A human decision about a cluster. Actions and the fields they use:
 * confirm {statementId}; reject {statementId} (the statement leaves to a cluster of its own and never rejoins this one);
 * move {statementId, targetClusterId}; merge {targetClusterId} (this cluster's statements go into the target);
 * split {statementIds} (they form a new cluster); related {targetClusterId}; speaker {statementId, speakerName,
 * speakerEntityId?}; review {status, note}; reference {statementId} (mark the primary source).
 */
@Schema(name = "DecisionIn")
public record DecisionIn(
        @Schema(required = true, enumeration = {"confirm", "reject", "move", "merge", "split", "related", "speaker",
                "review", "reference"}) String action,
        String statementId, Long targetClusterId, List<String> statementIds,
        @Schema(enumeration = {"unverified", "in_review", "accurate", "misquoted", "misattributed", "out_of_context"})
        String status,
        String note, String speakerName, String speakerEntityId) {

    /** The decision as the service applies it. */
    DecisionRequest request() {
        return new DecisionRequest(action, statementId, targetClusterId, statementIds, status, note, speakerName,
                speakerEntityId);
    }
}
