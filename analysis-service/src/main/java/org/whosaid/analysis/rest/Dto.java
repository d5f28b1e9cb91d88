package org.whosaid.analysis.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.whosaid.analysis.engine.align.DiffOp;
import org.whosaid.analysis.service.ReadViews;
import org.whosaid.analysis.service.ReanalyzeService;

/** Response records of the read API (one file: they are plain data). */
public final class Dto {
    private Dto() {
    }

    @Schema(name = "Article")
    public record ArticleJson(long id, int version, String url, String outlet, String title, String lead,
                              OffsetDateTime publishedAt, String language, List<String> agencies, String text,
                              Long copyOf, String extractorVersion, int statementCount, Long storyId,
                              String analysisStatus, OffsetDateTime analysedAt) {
        static ArticleJson of(ReadViews.Article a) {
            return new ArticleJson(a.id(), a.version(), a.url(), a.outlet(), a.title(), a.lead(), a.publishedAt(),
                    a.language(), a.agencies(), a.text(), a.copyOf(), a.extractorVersion(), a.statementCount(),
                    a.storyId(), a.analysisStatus(), a.analysedAt());
        }
    }

    @Schema(name = "ArticleSummary")
    public record ArticleSummaryJson(long id, int version, String url, String outlet, String title,
                                     OffsetDateTime publishedAt, String language, int statementCount, Long storyId) {
        static ArticleSummaryJson of(ReadViews.ArticleSummary a) {
            return new ArticleSummaryJson(a.id(), a.version(), a.url(), a.outlet(), a.title(), a.publishedAt(),
                    a.language(), a.statementCount(), a.storyId());
        }
    }

    @Schema(name = "Alias")
    public record AliasJson(String spelling, long mentions, List<String> outlets) {
    }

    @Schema(name = "RoleSource")
    public record SourceJson(long articleId, String outlet, OffsetDateTime publishedAt) {
    }

    @Schema(name = "Role")
    public record RoleJson(String role, OffsetDateTime firstSeen, OffsetDateTime lastSeen, List<SourceJson> sources) {
    }

    @Schema(name = "Person", description = "an entry of the registry: a person, organisation, medium or place")
    public record PersonJson(String entityId, String name,
                             @Schema(description = "person | organisation | media | place", enumeration = {"person",
                                     "organisation", "media", "place"}) String kind, String firstName, String surname,
                             List<AliasJson> aliases, List<RoleJson> roles, long statementCount, long articleCount,
                             List<ConflictJson> conflicts) {
        static PersonJson of(ReadViews.Person p) {
            return new PersonJson(p.entityId(), p.name(), p.kind(), p.firstName(), p.surname(),
                    p.aliases().stream().map(a -> new AliasJson(a.spelling(), a.mentions(), a.outlets())).toList(),
                    p.roles().stream().map(r -> new RoleJson(r.role(), r.firstSeen(), r.lastSeen(), r.sources().stream()
                            .map(x -> new SourceJson(x.articleId(), x.outlet(), x.publishedAt())).toList())).toList(),
                    p.statementCount(), p.articleCount(), p.conflicts().stream().map(ConflictJson::of).toList());
        }
    }

    @Schema(name = "ClusterSpeaker")
    public record SpeakerRefJson(String name, String entityId) {
        static SpeakerRefJson of(ReadViews.SpeakerRef r) {
            return new SpeakerRefJson(r.name(), r.entityId());
        }
    }

    @Schema(name = "Reference")
    public record ReferenceJson(String statementId, String reason, boolean marked) {
    }

    @Schema(name = "Rendering", description = "one outlet's rendering with its word diff against the reference")
    public record RenderingJson(String statementId, long articleId, String outlet, String url,
                                OffsetDateTime publishedAt, String form, String speakerName, String speakerEntityId,
                                String channel, String intermediary, boolean reference, boolean firstAppearance,
                                List<DiffOp> diff,
                                @Schema(description = "what changed against the renderings published before: first, "
                                        + "same_wording (statementId, outlet of the earlier one), translation (from, to), "
                                        + "form (from, to), speaker (from, to)") List<SpreadChangeJson> spread,
                                @Schema(description = "the words of this rendering's quote (statements[].quote.text) it "
                                        + "shares with the reference, as the aligner matches them (same word, German "
                                        + "synonym, German-English translation); for the reference, the words any other "
                                        + "rendering shares with it. Character offsets, end exclusive; empty when none")
                                List<StatementJson.SpanJson> matched) {
    }

    @Schema(name = "SpreadChange")
    public record SpreadChangeJson(String kind, @Schema(nullable = true) String from, @Schema(nullable = true) String to,
                                   @Schema(nullable = true) String statementId, @Schema(nullable = true) String outlet) {
    }

    @Schema(name = "StatementLink", description = "a scored SAME link between two statements of the cluster")
    public record LinkJson(String statementId, String otherId, String relation, double score, List<String> evidence) {
    }

    @Schema(name = "RelatedCluster")
    public record RelatedJson(long clusterId, double score, String source, List<String> evidence,
                              SpeakerRefJson speaker, String excerpt) {
    }

    @Schema(name = "Decision", description = "a human decision in the audit trail")
    public record DecisionJson(long id, String action, Long clusterId, String statementId, Long targetClusterId,
                               String note, Map<String, Object> details, String actor, OffsetDateTime createdAt) {
        static DecisionJson of(ReadViews.Decision d) {
            return new DecisionJson(d.id(), d.action(), d.clusterId(), d.statementId(), d.targetClusterId(), d.note(),
                    d.details(), d.actor(), d.createdAt());
        }
    }

    @Schema(name = "Cluster", description = "statements from different articles that render one utterance")
    public record ClusterJson(long id, SpeakerRefJson speaker, ReferenceJson reference, String reviewStatus,
                              String reviewNote, int statementCount, int outletCount, boolean hasConflict,
                              OffsetDateTime firstPublished, OffsetDateTime lastPublished,
                              List<StatementJson> statements, List<ConflictJson> conflicts,
                              @Schema(nullable = true) List<RenderingJson> renderings,
                              @Schema(nullable = true) List<LinkJson> links,
                              @Schema(nullable = true) List<RelatedJson> related,
                              @Schema(nullable = true) List<DecisionJson> decisions,
                              List<Long> storyIds,
                              @Schema(description = "renderings of other clusters that also carry this utterance (a longer "
                                      + "statement rendering two remarks), with their mean weight against this cluster")
                              List<AlsoJson> alsoRenders) {
        static ClusterJson of(ReadViews.Cluster c) {
            return new ClusterJson(c.id(), SpeakerRefJson.of(c.speaker()), new ReferenceJson(c.reference().statementId(),
                    c.reference().reason(), c.reference().marked()), c.reviewStatus(), c.reviewNote(), c.statementCount(),
                    c.outletCount(), c.hasConflict(), c.firstPublished(), c.lastPublished(),
                    c.statements().stream().map(StatementJson::of).toList(),
                    c.conflicts().stream().map(ConflictJson::of).toList(),
                    c.renderings() == null ? null : c.renderings().stream().map(r -> new RenderingJson(r.statementId(),
                            r.articleId(), r.outlet(), r.url(), r.publishedAt(), r.form(), r.speakerName(),
                            r.speakerEntityId(), r.channel(), r.intermediary(), r.reference(), r.firstAppearance(),
                            r.diff(), r.spread().stream().map(x -> new SpreadChangeJson(x.kind(), x.from(), x.to(),
                            x.statementId(), x.outlet())).toList(), r.matched().stream()
                            .map(m -> new StatementJson.SpanJson(m.start(), m.end())).toList())).toList(),
                    c.links() == null ? null : c.links().stream().map(l -> new LinkJson(l.statementId(), l.otherId(),
                            l.relation(), l.score(), l.evidence())).toList(),
                    c.related() == null ? null : c.related().stream().map(r -> new RelatedJson(r.clusterId(), r.score(),
                            r.source(), r.evidence(), SpeakerRefJson.of(r.speaker()), r.excerpt())).toList(),
                    c.decisions() == null ? null : c.decisions().stream().map(DecisionJson::of).toList(),
                    c.storyIds(), c.alsoRenders() == null ? List.of() : c.alsoRenders().stream()
                            .map(a -> new AlsoJson(StatementJson.of(a.statement()), a.weight())).toList());
        }
    }

    /** A rendering of another cluster that also carries this cluster's utterance. */
    @Schema(name = "AlsoRendering")
    public record AlsoJson(StatementJson statement, double weight) {
    }

    @Schema(name = "StoryArticle")
    public record StoryArticleJson(long id, String title, String outlet, String url, OffsetDateTime publishedAt,
                                   int statementCount) {
    }

    @Schema(name = "StoryCluster")
    public record StoryClusterJson(long id, SpeakerRefJson speaker, String excerpt, int statementCount,
                                   int outletCount, boolean hasConflict, String reviewStatus) {
    }

    @Schema(name = "Story", description = "articles about one event")
    public record StoryJson(long id, String title, OffsetDateTime firstPublished, OffsetDateTime lastPublished,
                            List<String> outlets, int articleCount, int clusterCount,
                            @Schema(nullable = true) List<StoryArticleJson> articles,
                            @Schema(nullable = true) List<StoryClusterJson> clusters) {
        static StoryJson of(ReadViews.Story s) {
            return new StoryJson(s.id(), s.title(), s.firstPublished(), s.lastPublished(), s.outlets(),
                    s.articleCount(), s.clusterCount(),
                    s.articles() == null ? null : s.articles().stream().map(a -> new StoryArticleJson(a.id(), a.title(),
                            a.outlet(), a.url(), a.publishedAt(), a.statementCount())).toList(),
                    s.clusters() == null ? null : s.clusters().stream().map(c -> new StoryClusterJson(c.id(),
                            SpeakerRefJson.of(c.speaker()), c.excerpt(), c.statementCount(), c.outletCount(),
                            c.hasConflict(), c.reviewStatus())).toList());
        }
    }

    @Schema(name = "ReanalyzeJob")
    public record JobJson(String id, String status, int total, int done, int failed, List<String> errors,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt, String extractorVersion) {
        static JobJson of(ReanalyzeService.JobState j) {
            return new JobJson(j.id(), j.status(), j.total(), j.done(), j.failed(), j.errors(), j.startedAt(),
                    j.finishedAt(), j.extractorVersion());
        }
    }

    @Schema(name = "AnalyzeResult")
    public record AnalyzeJson(String language, String extractorVersion, List<StatementJson> statements) {
    }
}
