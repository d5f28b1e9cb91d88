package org.whosaid.analysis.engine.align;

import java.time.OffsetDateTime;

/**
 * What alignment knows of a stored statement. {@code context} = the sentence(s) the statement comes from.
 * Any field except {@code statementId} may be null.
 */
public record StatementView(String statementId, long articleId, String outlet, OffsetDateTime publishedAt,
        String language, String speakerEntityId, String speakerName, String form, String quote, String context,
        String channel, String intermediary) {
}
