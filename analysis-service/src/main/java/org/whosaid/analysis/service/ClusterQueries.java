package org.whosaid.analysis.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.model.Span;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.store.AlsoStore;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ClusterLinkEntity;
import org.whosaid.analysis.store.DecisionEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The read side of clusters: the filtered list (conflicts first), one cluster with its renderings, word diffs, links,
 * related clusters and audit trail, optionally one page of its renderings; e.g. {@code cluster(7)}.
 */
@ApplicationScoped
public class ClusterQueries {

    private final EntityManager em;
    private final StatementReader reader;
    private final ClusterService clusters;
    private final Aligner aligner;
    private final PageRules pages;
    private final ObjectMapper json;
    private final SharedWordSpans shared;
    private final AlsoStore also;

    public ClusterQueries(EntityManager em, StatementReader reader, ClusterService clusters, Aligner aligner,
                          PageRules pages, ObjectMapper json, SharedWordSpans shared, AlsoStore also) {
        this.shared = shared;
        this.also = also;
        this.em = em;
        this.reader = reader;
        this.clusters = clusters;
        this.aligner = aligner;
        this.pages = pages;
        this.json = json;
    }


    /** Most words of a cluster text filter. */
    static final int CLUSTER_TEXT_WORDS = 6;

    /**
     * The filters of the clusters list (null = none): conflict, speaker, story, review status, {@code minOutlets} (seen
     * in at least that many outlets), {@code outlet} (one of its renderings is from it), {@code language} (one rendering
     * in it), {@code q} (every word is a word of one of its renderings' quote or speaker, through the statement_term
     * index), {@code from} / {@code to} (its renderings' publication times overlap the range).
     */
    public record ClusterFilter(Boolean hasConflict, String speaker, Long storyId, String reviewStatus, Integer minOutlets,
                                String outlet, String language, String q, java.time.OffsetDateTime from,
                                java.time.OffsetDateTime to) {
    }

    /** Clusters, conflicts first, then by outlets and newest, with the filters of {@link ClusterFilter}. */
    public Slice<ReadViews.Cluster> clusters(ClusterFilter f, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        publishedFilters(f, where, params);
        sourceFilters(f, where, params);
        if (f.q() != null && !f.q().isBlank() && !wordFilters(f.q(), where, params)) {
            return new Slice<>(List.of(), 0, page, size);
        }
        contentFilters(f, where, params);
        List<ClusterEntity> rows = Queries.page(em.createQuery("select c from ClusterEntity c where " + where
                + " order by c.hasConflict desc, c.outletCount desc, c.lastPublished desc nulls last, c.id desc",
                ClusterEntity.class), params, page, size);
        long total = Queries.count(em, "select count(c) from ClusterEntity c where " + where, params);
        return new Slice<>(rows.stream().map(c -> cluster(c, false)).toList(), total, page, size);
    }

    /** {@code from} / {@code to}: the cluster's renderings' publication times overlap the range. */
    private static void publishedFilters(ClusterFilter f, StringBuilder where, Map<String, Object> params) {
        if (f.from() != null) {
            where.append(" and c.lastPublished >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and c.firstPublished <= :to");
            params.put("to", f.to());
        }
    }

    /** {@code minOutlets}, {@code outlet} and {@code language}: where the cluster's renderings appeared. */
    private static void sourceFilters(ClusterFilter f, StringBuilder where, Map<String, Object> params) {
        Integer minOutlets = f.minOutlets();
        String outlet = f.outlet(), language = f.language();
        if (minOutlets != null && minOutlets > 1) {
            where.append(" and c.outletCount >= :mo");
            params.put("mo", minOutlets);
        }
        if (outlet != null && !outlet.isBlank()) {
            where.append(" and c.id in (select s.clusterId from StatementEntity s where s.outlet = :outlet)");
            params.put("outlet", outlet.strip());
        }
        if (language != null && !language.isBlank()) {
            where.append(" and c.id in (select s.clusterId from StatementEntity s where s.language = :lang)");
            params.put("lang", language.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * {@code q}: each of its first {@link #CLUSTER_TEXT_WORDS} words is a word of one of the cluster's renderings
     * (through the statement_term index). False when {@code q} has no words (then no cluster matches).
     */
    @SuppressWarnings("unchecked")
    private boolean wordFilters(String q, StringBuilder where, Map<String, Object> params) {
        java.util.List<String> words = new java.util.ArrayList<>(Texts.terms(q));
        if (words.isEmpty()) return false;
        for (int i = 0; i < Math.min(CLUSTER_TEXT_WORDS, words.size()); i++) {
            List<Object> ids = em.createNativeQuery("select t.statement_id from statement_term t where t.term = ?1")
                    .setParameter(1, words.get(i)).setMaxResults(20_000).getResultList();
            where.append(" and c.id in (select s.clusterId from StatementEntity s where s.id in (:w").append(i).append("))");
            params.put("w" + i, ids.isEmpty() ? List.of("-") : ids.stream().map(String::valueOf).toList());
        }
        return true;
    }

    /**
     * {@code hasConflict}, {@code speaker} (an entity id "p-12", else part of a speaker's folded name), {@code storyId}
     * and {@code reviewStatus}: what the cluster is and where its review stands.
     */
    private static void contentFilters(ClusterFilter f, StringBuilder where, Map<String, Object> params) {
        String speaker = f.speaker(), reviewStatus = f.reviewStatus();
        if (f.hasConflict() != null) {
            where.append(" and c.hasConflict = :hc");
            params.put("hc", f.hasConflict());
        }
        if (speaker != null && !speaker.isBlank()) {
            if (speaker.matches("p-\\d+")) {
                where.append(" and c.speakerEntityId = :sp");
                params.put("sp", speaker);
            } else {
                where.append(" and c.id in (select s.clusterId from StatementEntity s where s.speakerKey like :sp)");
                params.put("sp", "%" + Names.fold(speaker).replace("%", "") + "%");
            }
        }
        if (f.storyId() != null) {
            where.append(" and c.id in (select s.clusterId from StatementEntity s, ArticleEntity a "
                    + "where a.id = s.articleId and a.storyId = :story)");
            params.put("story", f.storyId());
        }
        if (reviewStatus != null && !reviewStatus.isBlank()) {
            where.append(" and c.reviewStatus = :rs");
            params.put("rs", reviewStatus);
        }
    }

    public ReadViews.Cluster cluster(long id) {
        return cluster(id, null, null);
    }

    /**
     * A cluster with all its renderings, or (page and size given) one page of them in time order, the reference always
     * included: large clusters stay cheap to show. statementCount tells how many there are in all.
     */
    public ReadViews.Cluster cluster(long id, String page, String size) {
        ClusterEntity c = ClusterEntity.findById(id);
        if (c == null) {
            throw ApiException.notFound("no cluster " + id);
        }
        if (size == null) {
            return cluster(c, true);
        }
        int s = pages.size(size);
        int p = pages.page(page);
        List<StatementEntity> members = new ArrayList<>(StatementEntity.<StatementEntity>find(
                "clusterId = ?1 order by publishedAt, id", c.id).page(p, s).list());
        if (c.referenceStatementId != null && members.stream().noneMatch(m -> m.id.equals(c.referenceStatementId))) {
            StatementEntity ref = StatementEntity.findById(c.referenceStatementId);
            if (ref != null && c.id.equals(ref.clusterId)) {
                members.add(0, ref);
            }
        }
        return cluster(c, true, members);
    }

    ReadViews.Cluster cluster(ClusterEntity c, boolean full) {
        return cluster(c, full, StatementEntity.list("clusterId = ?1 order by publishedAt, id", c.id));
    }

    private ReadViews.Cluster cluster(ClusterEntity c, boolean full, List<StatementEntity> members) {
        List<StoredStatement> statements = members.stream().map(reader::read).toList();
        List<Conflict> cs = clusters.conflictsOf(c.id).stream().toList();
        List<Long> storyIds = members.isEmpty() ? List.of() : em.createQuery("select distinct a.storyId from "
                + "ArticleEntity a where a.id in ?1 and a.storyId is not null", Long.class)
                .setParameter(1, members.stream().map(s -> s.articleId).distinct().toList()).getResultList();
        List<ReadViews.Rendering> renderings = null;
        List<ReadViews.Link> links = null;
        List<ReadViews.Related> related = null;
        List<ReadViews.Decision> decisions = null;
        if (full) {
            renderings = renderings(c, members);
            links = links(members);
            related = related(c);
            decisions = decisions(c);
        }
        return new ReadViews.Cluster(c.id, new ReadViews.SpeakerRef(c.speakerName, c.speakerEntityId),
                new ReadViews.Reference(c.referenceStatementId, c.referenceReason, c.referenceMarked), c.reviewStatus,
                c.reviewNote, c.statementCount, c.outletCount, c.hasConflict, c.firstPublished, c.lastPublished,
                statements, cs, renderings, links, related, decisions, storyIds, alsoRenders(c.id));
    }

    /** Renderings of other clusters that also carry this cluster's utterance (statement_also), best first. */
    private List<ReadViews.AlsoRendering> alsoRenders(long clusterId) {
        Map<String, Double> weights = also.of(clusterId);
        List<ReadViews.AlsoRendering> out = new ArrayList<>();
        if (weights.isEmpty()) {
            return out;
        }
        for (StatementEntity s : StatementEntity.<StatementEntity>list("id in ?1", List.copyOf(weights.keySet()))) {
            out.add(new ReadViews.AlsoRendering(reader.read(s), weights.get(s.id)));
        }
        out.sort(java.util.Comparator.comparingDouble(ReadViews.AlsoRendering::weight).reversed()
                .thenComparing(a -> a.statement().id()));
        return out;
    }

    /**
     * The cluster's renderings in order, each marked as the reference (else the first member) and as the first
     * published, with its word diff against the reference, how its words spread and the words it shares with it.
     */
    private List<ReadViews.Rendering> renderings(ClusterEntity c, List<StatementEntity> members) {
        StatementEntity ref = members.stream().filter(s -> s.id.equals(c.referenceStatementId)).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0));
        List<ReadViews.Rendering> renderings = new ArrayList<>();
        String first = members.stream().filter(s -> s.publishedAt != null).map(s -> s.id).findFirst()
                .orElse(members.isEmpty() ? null : members.get(0).id);
        Map<String, List<ReadViews.SpreadChange>> spread = Spread.of(members);
        Map<String, List<Span>> matched = shared.of(ref, members);
        for (StatementEntity s : members) {
            boolean isRef = ref != null && s.id.equals(ref.id);
            renderings.add(new ReadViews.Rendering(s.id, s.articleId, s.outlet, s.url, s.publishedAt, s.form,
                    s.speakerName, s.entityId, s.channelText, s.intermediary, isRef, s.id.equals(first),
                    isRef || ref == null ? List.of() : aligner.diff(ref.quoteText, s.quoteText),
                    spread.getOrDefault(s.id, List.of()), matched.getOrDefault(s.id, List.of())));
        }
        return renderings;
    }

    /** The stored statement links of the members, best first, without pairs whose other side left the cluster. */
    private static List<ReadViews.Link> links(List<StatementEntity> members) {
        List<String> ids = members.stream().map(s -> s.id).toList();
        return ids.isEmpty() ? List.of() : StatementLinkEntity.<StatementLinkEntity>list(
                "statementId in ?1 order by score desc", ids).stream()
                // a pair whose other side has since been regrouped elsewhere is no evidence for this cluster
                .filter(l -> l.otherId.equals(l.statementId) || ids.contains(l.otherId))
                .map(l -> new ReadViews.Link(l.statementId, l.otherId, l.relation, l.score,
                        l.evidence == null ? List.of() : Arrays.asList(l.evidence.split("\n")))).toList();
    }

    /** The clusters linked to this one, best first, each with its speaker and an excerpt of its reference quote. */
    private static List<ReadViews.Related> related(ClusterEntity c) {
        List<ReadViews.Related> related = new ArrayList<>();
        // two indexed lookups (an "a = ? or b = ?" condition reads the whole table on H2)
        List<ClusterLinkEntity> rel = new ArrayList<>(ClusterLinkEntity.<ClusterLinkEntity>list("clusterA", c.id));
        rel.addAll(ClusterLinkEntity.<ClusterLinkEntity>list("clusterB = ?1 and clusterA <> ?1", c.id));
        rel.sort(Comparator.comparingDouble((ClusterLinkEntity l) -> -l.score).thenComparing(l -> l.id));
        for (ClusterLinkEntity l : rel) {
            long other = l.clusterA == c.id ? l.clusterB : l.clusterA;
            ClusterEntity o = ClusterEntity.findById(other);
            if (o == null) {
                continue;
            }
            StatementEntity oref = o.referenceStatementId == null ? null : StatementEntity.findById(o.referenceStatementId);
            related.add(new ReadViews.Related(other, l.score, l.source,
                    l.evidence == null ? List.of() : Arrays.asList(l.evidence.split("\n")),
                    new ReadViews.SpeakerRef(o.speakerName, o.speakerEntityId),
                    oref == null ? null : Texts.excerpt(oref.quoteText, 160)));
        }
        return related;
    }

    /** The audit trail: decisions on this cluster or targeting it, oldest first. */
    private List<ReadViews.Decision> decisions(ClusterEntity c) {
        List<DecisionEntity> ds = new ArrayList<>(DecisionEntity.<DecisionEntity>list("clusterId", c.id));
        ds.addAll(DecisionEntity.<DecisionEntity>list("targetClusterId = ?1 and (clusterId is null or clusterId <> ?1)", c.id));
        ds.sort(Comparator.comparing((DecisionEntity d) -> d.createdAt).thenComparing(d -> d.id));
        return ds.stream().map(this::decision).toList();
    }

    public ReadViews.Decision decision(DecisionEntity d) {
        Map<String, Object> details = Map.of();
        if (d.payload != null) {
            try {
                details = json.readValue(d.payload, new TypeReference<Map<String, Object>>() {
                });
            } catch (JsonProcessingException e) {
                details = Map.of("raw", d.payload);
            }
        }
        return new ReadViews.Decision(d.id, d.action, d.clusterId, d.statementId, d.targetClusterId, d.note, details,
                d.actor, d.createdAt);
    }
}
