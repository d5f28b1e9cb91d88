package org.whosaid.analysis.service;

import java.time.OffsetDateTime;

/**
 * Something that happened to a watched statement or speaker: a new rendering (an outlet's statement joined the cluster
 * or was attributed to the speaker), a new conflict, or a reviewer's speaker correction. {@code key} is stable, so a
 * feed reader or a webhook receiver can drop an event it has seen.
 *
 * <p>Example: type "rendering", title "Nordküsten-Kurier: Ilse Brandtner — „Der Hafen dürfe …“", clusterId 7.
 */
public record WatchEvent(OffsetDateTime at, String type, String key, String title, String summary, Long clusterId,
                         String statementId, String url) {
}
