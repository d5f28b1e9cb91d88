package org.whosaid.analysis.service;

import java.time.OffsetDateTime;

import org.whosaid.analysis.store.StatementBody;

/**
 * A stored statement as the read side answers it: the extraction kept in the row's body plus the row's own columns,
 * e.g. statement "12-s-3" of article 12 version 2, Kestrel Post, published 2026-03-02T09:00Z, in cluster 41.
 * {@link StatementReader} builds it; {@code rest/StatementJson} maps it to the API.
 */
public record StoredStatement(String id, StatementBody body, long articleId, int articleVersion, String outlet,
                              String url, OffsetDateTime publishedAt, Long clusterId, String extractorVersion) {
}
