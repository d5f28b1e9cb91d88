package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.whosaid.analysis.engine.align.DiffOp;
import org.whosaid.analysis.engine.model.Span;

/**
 * What the read side ({@link QueryService}) answers: articles, persons, clusters and stories as plain records over the
 * stored statements ({@link StoredStatement}) and conflicts ({@link Conflict}); {@code rest/Dto} turns each into the
 * API's record of the same shape, e.g. {@code new ReadViews.SpeakerRef("Olaf Scholz", "p-12")}.
 */
public final class ReadViews {
    private ReadViews() {
    }

    public record Article(long id, int version, String url, String outlet, String title, String lead,
                          OffsetDateTime publishedAt, String language, List<String> agencies, String text,
                          Long copyOf, String extractorVersion, int statementCount, Long storyId,
                          String analysisStatus, OffsetDateTime analysedAt) {
    }

    public record ArticleSummary(long id, int version, String url, String outlet, String title,
                                 OffsetDateTime publishedAt, String language, int statementCount, Long storyId) {
    }

    /** One spelling of a person's name, how often and where it was seen. */
    public record Alias(String spelling, long mentions, List<String> outlets) {
    }

    /** An article that gave a person a role. */
    public record RoleSource(long articleId, String outlet, OffsetDateTime publishedAt) {
    }

    public record Role(String role, OffsetDateTime firstSeen, OffsetDateTime lastSeen, List<RoleSource> sources) {
    }

    /** An entry of the registry; kind: person, organisation, media or place. */
    public record Person(String entityId, String name, String kind, String firstName, String surname,
                         List<Alias> aliases, List<Role> roles, long statementCount, long articleCount,
                         List<Conflict> conflicts) {
    }

    public record SpeakerRef(String name, String entityId) {
    }

    public record Reference(String statementId, String reason, boolean marked) {
    }

    /**
     * One outlet's rendering with its word diff against the reference; matched: the spans of its quote text it shares
     * with the reference (the reference: with any other rendering), see {@link SharedWordSpans}.
     */
    public record Rendering(String statementId, long articleId, String outlet, String url,
                            OffsetDateTime publishedAt, String form, String speakerName, String speakerEntityId,
                            String channel, String intermediary, boolean reference, boolean firstAppearance,
                            List<DiffOp> diff, List<SpreadChange> spread, List<Span> matched) {
    }

    /** What changed in a rendering against the ones published before it (see {@link Spread}). */
    public record SpreadChange(String kind, String from, String to, String statementId, String outlet) {
    }

    /** A scored link between two statements of a cluster. */
    public record Link(String statementId, String otherId, String relation, double score, List<String> evidence) {
    }

    public record Related(long clusterId, double score, String source, List<String> evidence, SpeakerRef speaker,
                          String excerpt) {
    }

    /** A human decision in the audit trail. */
    public record Decision(long id, String action, Long clusterId, String statementId, Long targetClusterId,
                           String note, Map<String, Object> details, String actor, OffsetDateTime createdAt) {
    }

    /** Statements from different articles that render one utterance; the lists that may be null are shown in full only. */
    public record Cluster(long id, SpeakerRef speaker, Reference reference, String reviewStatus, String reviewNote,
                          int statementCount, int outletCount, boolean hasConflict, OffsetDateTime firstPublished,
                          OffsetDateTime lastPublished, List<StoredStatement> statements, List<Conflict> conflicts,
                          List<Rendering> renderings, List<Link> links, List<Related> related,
                          List<Decision> decisions, List<Long> storyIds, List<AlsoRendering> alsoRenders) {
    }

    /** A rendering of another cluster that also carries this cluster's utterance, with its mean weight against it. */
    public record AlsoRendering(StoredStatement statement, double weight) {
    }

    public record StoryArticle(long id, String title, String outlet, String url, OffsetDateTime publishedAt,
                               int statementCount) {
    }

    public record StoryCluster(long id, SpeakerRef speaker, String excerpt, int statementCount, int outletCount,
                               boolean hasConflict, String reviewStatus) {
    }

    /** Articles about one event; articles and clusters in full only. */
    public record Story(long id, String title, OffsetDateTime firstPublished, OffsetDateTime lastPublished,
                        List<String> outlets, int articleCount, int clusterCount, List<StoryArticle> articles,
                        List<StoryCluster> clusters) {
    }
}
