package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ClusterLinkEntity;
import org.whosaid.analysis.store.ConflictEntity;
import org.whosaid.analysis.store.DecisionEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.StatementBody;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StatementLinkEntity;
import org.whosaid.analysis.store.StoryEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The read side of the API: articles, statements (with search), persons, clusters, conflicts, stories. */
@ApplicationScoped
public class QueryService {

    /** Filters of GET /api/statements. */
    public record StatementFilter(String speaker, String entityId, String outlet, String q, OffsetDateTime from,
                                  OffsetDateTime to, String form, Boolean hasConflict, String reviewStatus,
                                  Long clusterId) {
    }

    private final EntityManager em;
    private final StatementReader reader;
    private final ConflictWriter conflicts;
    private final ClusterService clusters;
    private final Aligner aligner;
    private final PageRules pages;
    private final ObjectMapper json;
    private final StatementSearch search;

    public QueryService(EntityManager em, StatementReader reader, ConflictWriter conflicts, ClusterService clusters,
                        Aligner aligner, PageRules pages, ObjectMapper json, StatementSearch search) {
        this.em = em;
        this.reader = reader;
        this.conflicts = conflicts;
        this.clusters = clusters;
        this.aligner = aligner;
        this.pages = pages;
        this.json = json;
        this.search = search;
    }

    // ------------------------------------------------------------------ articles

    public ReadViews.Article article(long id) {
        ArticleEntity a = ArticleEntity.findById(id);
        if (a == null) {
            throw ApiException.notFound("article " + id + " has not been analysed (or was deleted)");
        }
        return new ReadViews.Article(a.id, a.version, a.url, a.outlet, a.title, a.lead, a.publishedAt, a.language,
                a.agencies == null || a.agencies.isBlank() ? List.of() : Arrays.asList(a.agencies.split(",")), a.body,
                a.copyOf, a.extractorVersion, a.statementCount, a.storyId, "done", a.analysedAt);
    }

    public Slice<ReadViews.ArticleSummary> articles(String outlet, OffsetDateTime from, OffsetDateTime to, int page,
                                                     int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (outlet != null && !outlet.isBlank()) {
            where.append(" and a.outlet = :outlet");
            params.put("outlet", outlet);
        }
        if (from != null) {
            where.append(" and a.publishedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and a.publishedAt <= :to");
            params.put("to", to);
        }
        List<ArticleEntity> rows = page(em.createQuery("select a from ArticleEntity a where " + where
                + " order by a.publishedAt desc nulls last, a.id desc", ArticleEntity.class), params, page, size);
        long total = count("select count(a) from ArticleEntity a where " + where, params);
        return new Slice<>(rows.stream().map(a -> new ReadViews.ArticleSummary(a.id, a.version, a.url, a.outlet,
                a.title, a.publishedAt, a.language, a.statementCount, a.storyId)).toList(), total, page, size);
    }

    public List<StatementBody> articleStatements(long id) {
        return articleStatements(id, 0, Integer.MAX_VALUE).items();
    }

    /** One page of an article's statements in text order; {@code size} up to Integer.MAX_VALUE for all of them. */
    public Slice<StatementBody> articleStatements(long id, int page, int size) {
        if (ArticleEntity.findById(id) == null) {
            throw ApiException.notFound("article " + id + " has not been analysed (or was deleted)");
        }
        long total = StatementEntity.count("articleId", id);
        long first = (long) page * size;
        if (first >= total) {
            return new Slice<>(List.of(), total, page, size);
        }
        List<StatementEntity> rows = StatementEntity.<StatementEntity>find("articleId = ?1 order by seq", id)
                .range((int) first, (int) Math.min(Integer.MAX_VALUE - 1L, first + size - 1)).list();
        return new Slice<>(rows.stream().map(reader::read).toList(), total, page, size);
    }

    // ------------------------------------------------------------------ statements

    /** Search: see {@link StatementSearch}. */
    public Slice<StatementBody> statements(StatementFilter f, int page, int size) {
        return search.search(f, page, size);
    }

    // ------------------------------------------------------------------ persons

    public Slice<ReadViews.Person> speakers(String q, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = "1 = 1";
        if (q != null && !q.isBlank()) {
            String f = "%" + q.strip().toLowerCase().replace("%", "") + "%";
            where = "(lower(p.canonicalName) like :q or p.id in (select m.personId from PersonMentionEntity m "
                    + "where lower(m.spelling) like :q) or p.phoneticKey = :key or p.surnameNorm = :norm)";
            params.put("q", f);
            String[] words = q.strip().split("\\s+");
            String last = words[words.length - 1];
            params.put("key", Names.phoneticKey(last));
            params.put("norm", Names.translit(last));
        }
        List<PersonEntity> rows = page(em.createQuery("select p from PersonEntity p where " + where
                + " order by p.id", PersonEntity.class), params, page, size);
        long total = count("select count(p) from PersonEntity p where " + where, params);
        if (q != null && !q.isBlank() && q.strip().contains(" ")) {
            // "Steve Witkoff": keep people whose first name fits too
            String first = Names.split(q.strip())[0];
            rows = rows.stream().filter(p -> p.firstName == null
                    || Names.firstNames(p.firstName, first) != Names.FirstNames.DIFFERENT
                    || Names.fold(p.canonicalName).contains(Names.fold(q))).toList();
        }
        return new Slice<>(rows.stream().map(this::person).toList(), total, page, size);
    }

    public ReadViews.Person speaker(String entityId) {
        PersonEntity p = entityId != null && entityId.matches("p-\\d{1,18}")
                ? PersonEntity.findById(Long.parseLong(entityId.substring(2))) : null;
        if (p == null) {
            throw ApiException.notFound("no person " + entityId);
        }
        return person(p);
    }

    @SuppressWarnings("unchecked")
    private ReadViews.Person person(PersonEntity p) {
        List<PersonMentionEntity> ms = PersonMentionEntity.list("personId = ?1 order by id", p.id);
        Map<String, List<PersonMentionEntity>> bySpelling = new LinkedHashMap<>();
        ms.forEach(m -> bySpelling.computeIfAbsent(m.spelling, k -> new ArrayList<>()).add(m));
        List<ReadViews.Alias> aliases = bySpelling.entrySet().stream().map(e -> new ReadViews.Alias(e.getKey(),
                e.getValue().size(), e.getValue().stream().map(m -> m.outlet).filter(x -> x != null).distinct().toList()))
                .toList();
        List<PersonRoleEntity> rs = PersonRoleEntity.list("personId = ?1 order by publishedAt, id", p.id);
        Map<String, List<PersonRoleEntity>> byRole = new LinkedHashMap<>();
        rs.forEach(r -> byRole.computeIfAbsent(r.role, k -> new ArrayList<>()).add(r));
        List<ReadViews.Role> roles = byRole.entrySet().stream().map(e -> new ReadViews.Role(e.getKey(),
                e.getValue().stream().map(r -> r.publishedAt).filter(x -> x != null).min(OffsetDateTime::compareTo).orElse(null),
                e.getValue().stream().map(r -> r.publishedAt).filter(x -> x != null).max(OffsetDateTime::compareTo).orElse(null),
                e.getValue().stream().map(r -> new ReadViews.RoleSource(r.articleId, r.outlet, r.publishedAt)).toList())).toList();
        long statements = StatementEntity.count("entityId", p.entityId());
        long articles = ms.stream().map(m -> m.articleId).distinct().count();
        List<Conflict> cs = p.surnameNorm == null ? List.of()
                : ConflictEntity.<ConflictEntity>list("scopeKey", NameConflictService.scope(p.surnameNorm)).stream()
                .map(conflicts::read).toList();
        return new ReadViews.Person(p.entityId(), p.canonicalName, p.kind, p.firstName, p.surname, aliases, roles,
                statements, articles, cs);
    }

    // ------------------------------------------------------------------ clusters

    public Slice<ReadViews.Cluster> clusters(Boolean hasConflict, String speaker, Long storyId, String reviewStatus,
                                              int page, int size) {
        return clusters(hasConflict, speaker, storyId, reviewStatus, null, null, null, null, page, size);
    }

    /** Most words of a cluster text filter. */
    static final int CLUSTER_TEXT_WORDS = 6;

    /**
     * Clusters, conflicts first; also {@code minOutlets} (seen in at least that many outlets), {@code outlet} (one of
     * its renderings is from it), {@code language} (one rendering in it) and {@code q} (every word is a word of one
     * of its renderings' quote or speaker, through the statement_term index).
     */
    @SuppressWarnings("unchecked")
    public Slice<ReadViews.Cluster> clusters(Boolean hasConflict, String speaker, Long storyId, String reviewStatus,
                                              Integer minOutlets, String outlet, String language, String q,
                                              int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
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
        if (q != null && !q.isBlank()) {
            java.util.List<String> words = new java.util.ArrayList<>(Texts.terms(q));
            if (words.isEmpty()) {
                return new Slice<>(List.of(), 0, page, size);
            }
            for (int i = 0; i < Math.min(CLUSTER_TEXT_WORDS, words.size()); i++) {
                List<Object> ids = em.createNativeQuery("select t.statement_id from statement_term t where t.term = ?1")
                        .setParameter(1, words.get(i)).setMaxResults(20_000).getResultList();
                where.append(" and c.id in (select s.clusterId from StatementEntity s where s.id in (:w").append(i).append("))");
                params.put("w" + i, ids.isEmpty() ? List.of("-") : ids.stream().map(String::valueOf).toList());
            }
        }
        if (hasConflict != null) {
            where.append(" and c.hasConflict = :hc");
            params.put("hc", hasConflict);
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
        if (storyId != null) {
            where.append(" and c.id in (select s.clusterId from StatementEntity s, ArticleEntity a "
                    + "where a.id = s.articleId and a.storyId = :story)");
            params.put("story", storyId);
        }
        if (reviewStatus != null && !reviewStatus.isBlank()) {
            where.append(" and c.reviewStatus = :rs");
            params.put("rs", reviewStatus);
        }
        List<ClusterEntity> rows = page(em.createQuery("select c from ClusterEntity c where " + where
                + " order by c.hasConflict desc, c.outletCount desc, c.lastPublished desc nulls last, c.id desc",
                ClusterEntity.class), params, page, size);
        long total = count("select count(c) from ClusterEntity c where " + where, params);
        return new Slice<>(rows.stream().map(c -> cluster(c, false)).toList(), total, page, size);
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
        List<StatementBody> statements = members.stream().map(reader::read).toList();
        List<Conflict> cs = clusters.conflictsOf(c.id).stream().toList();
        List<Long> storyIds = members.isEmpty() ? List.of() : em.createQuery("select distinct a.storyId from "
                + "ArticleEntity a where a.id in ?1 and a.storyId is not null", Long.class)
                .setParameter(1, members.stream().map(s -> s.articleId).distinct().toList()).getResultList();
        List<ReadViews.Rendering> renderings = null;
        List<ReadViews.Link> links = null;
        List<ReadViews.Related> related = null;
        List<ReadViews.Decision> decisions = null;
        if (full) {
            StatementEntity ref = members.stream().filter(s -> s.id.equals(c.referenceStatementId)).findFirst()
                    .orElse(members.isEmpty() ? null : members.get(0));
            renderings = new ArrayList<>();
            String first = members.stream().filter(s -> s.publishedAt != null).map(s -> s.id).findFirst()
                    .orElse(members.isEmpty() ? null : members.get(0).id);
            for (StatementEntity s : members) {
                boolean isRef = ref != null && s.id.equals(ref.id);
                renderings.add(new ReadViews.Rendering(s.id, s.articleId, s.outlet, s.url, s.publishedAt, s.form,
                        s.speakerName, s.entityId, s.channelText, s.intermediary, isRef, s.id.equals(first),
                        isRef || ref == null ? List.of() : aligner.diff(ref.quoteText, s.quoteText)));
            }
            List<String> ids = members.stream().map(s -> s.id).toList();
            links = ids.isEmpty() ? List.of() : StatementLinkEntity.<StatementLinkEntity>list(
                    "statementId in ?1 order by score desc", ids).stream()
                    // a pair whose other side has since been regrouped elsewhere is no evidence for this cluster
                    .filter(l -> l.otherId.equals(l.statementId) || ids.contains(l.otherId))
                    .map(l -> new ReadViews.Link(l.statementId, l.otherId, l.relation, l.score,
                            l.evidence == null ? List.of() : Arrays.asList(l.evidence.split("\n")))).toList();
            related = new ArrayList<>();
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
            List<DecisionEntity> ds = new ArrayList<>(DecisionEntity.<DecisionEntity>list("clusterId", c.id));
            ds.addAll(DecisionEntity.<DecisionEntity>list("targetClusterId = ?1 and (clusterId is null or clusterId <> ?1)", c.id));
            ds.sort(Comparator.comparing((DecisionEntity d) -> d.createdAt).thenComparing(d -> d.id));
            decisions = ds.stream().map(this::decision).toList();
        }
        return new ReadViews.Cluster(c.id, new ReadViews.SpeakerRef(c.speakerName, c.speakerEntityId),
                new ReadViews.Reference(c.referenceStatementId, c.referenceReason, c.referenceMarked), c.reviewStatus,
                c.reviewNote, c.statementCount, c.outletCount, c.hasConflict, c.firstPublished, c.lastPublished,
                statements, cs, renderings, links, related, decisions, storyIds);
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

    // ------------------------------------------------------------------ conflicts

    public Slice<Conflict> conflicts(String kind, Long clusterId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null && !kind.isBlank()) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind);
        }
        if (clusterId != null) {
            where.append(" and c.clusterId = :cluster");
            params.put("cluster", clusterId);
        }
        List<ConflictEntity> rows = page(em.createQuery("select c from ConflictEntity c where " + where
                + " order by c.id desc", ConflictEntity.class), params, page, size);
        long total = count("select count(c) from ConflictEntity c where " + where, params);
        return new Slice<>(rows.stream().map(conflicts::read).toList(), total, page, size);
    }

    // ------------------------------------------------------------------ stories

    public Slice<ReadViews.Story> stories(int page, int size) {
        List<StoryEntity> rows = StoryEntity.find("order by lastPublished desc nulls last, id desc").page(page, size).list();
        long total = StoryEntity.count();
        return new Slice<>(rows.stream().map(s -> story(s, false)).toList(), total, page, size);
    }

    public ReadViews.Story story(long id) {
        StoryEntity s = StoryEntity.findById(id);
        if (s == null) {
            throw ApiException.notFound("no story " + id);
        }
        return story(s, true);
    }

    private ReadViews.Story story(StoryEntity s, boolean full) {
        List<ArticleEntity> articles = ArticleEntity.list("storyId = ?1 order by publishedAt, id", s.id);
        List<String> outlets = articles.stream().map(a -> a.outlet).filter(x -> x != null).distinct().toList();
        List<Long> clusterIds = articles.isEmpty() ? List.of() : em.createQuery("select distinct st.clusterId from "
                        + "StatementEntity st where st.articleId in ?1 and st.clusterId is not null", Long.class)
                .setParameter(1, articles.stream().map(a -> a.id).toList()).getResultList();
        List<ReadViews.StoryArticle> as = null;
        List<ReadViews.StoryCluster> cs = null;
        if (full) {
            as = articles.stream().map(a -> new ReadViews.StoryArticle(a.id, a.title, a.outlet, a.url, a.publishedAt,
                    a.statementCount)).toList();
            cs = new ArrayList<>();
            List<ClusterEntity> cl = clusterIds.isEmpty() ? List.of() : ClusterEntity.list(
                    "id in ?1 order by hasConflict desc, outletCount desc, id", clusterIds);
            for (ClusterEntity c : cl) {
                StatementEntity ref = c.referenceStatementId == null ? null : StatementEntity.findById(c.referenceStatementId);
                cs.add(new ReadViews.StoryCluster(c.id, new ReadViews.SpeakerRef(c.speakerName, c.speakerEntityId),
                        ref == null ? null : Texts.excerpt(ref.quoteText, 200), c.statementCount, c.outletCount,
                        c.hasConflict, c.reviewStatus));
            }
        }
        return new ReadViews.Story(s.id, s.title, s.firstPublished, s.lastPublished, outlets, articles.size(),
                clusterIds.size(), as, cs);
    }

    // ------------------------------------------------------------------ helpers

    private static <T> List<T> page(TypedQuery<T> q, Map<String, Object> params, int page, int size) {
        params.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    private long count(String hql, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery(hql, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    static Set<String> set(String... v) {
        return new LinkedHashSet<>(Arrays.asList(v));
    }
}
