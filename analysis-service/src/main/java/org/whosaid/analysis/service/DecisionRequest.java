package org.whosaid.analysis.service;

import java.util.List;

/**
 * A reviewer's decision about one cluster, as {@link DecisionService} applies it. Actions and the fields they use:
 * confirm {statementId}; reject {statementId}; move {statementId, targetClusterId}; merge {targetClusterId};
 * split {statementIds}; related {targetClusterId}; speaker {statementId, speakerName, speakerEntityId?};
 * review {status, note}; reference {statementId}. E.g. {@code new DecisionRequest("review", null, null, null,
 * "accurate", "checked against the video", null, null)}.
 */
public record DecisionRequest(String action, String statementId, Long targetClusterId, List<String> statementIds,
                              String status, String note, String speakerName, String speakerEntityId) {
}
