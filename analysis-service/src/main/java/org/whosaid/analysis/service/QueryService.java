package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.engine.align.SpeakerKinds;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ConflictEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StoryEntity;

/** The read side of the API: articles, statements (with search), persons, conflicts, stories; clusters are {@link ClusterQueries}. */
@ApplicationScoped
public class QueryService {

    /** Filters of GET /api/statements. */
    public record StatementFilter(String speaker, String entityId, String outlet, String q, OffsetDateTime from,
                                  OffsetDateTime to, String form, Boolean hasConflict, String reviewStatus,
                                  Long clusterId, StatementOrder order) {
        public StatementFilter {
            order = order == null ? StatementOrder.NEWEST : order;
        }
    }

    private final EntityManager em;
    private final StatementReader reader;
    private final ConflictWriter conflicts;
    private final StatementSearch search;

    public QueryService(EntityManager em, StatementReader reader, ConflictWriter conflicts, StatementSearch search) {
        this.em = em;
        this.reader = reader;
        this.conflicts = conflicts;
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
        List<ArticleEntity> rows = Queries.page(em.createQuery("select a from ArticleEntity a where " + where
                + " order by a.publishedAt desc nulls last, a.id desc", ArticleEntity.class), params, page, size);
        long total = Queries.count(em, "select count(a) from ArticleEntity a where " + where, params);
        return new Slice<>(rows.stream().map(a -> new ReadViews.ArticleSummary(a.id, a.version, a.url, a.outlet,
                a.title, a.publishedAt, a.language, a.statementCount, a.storyId)).toList(), total, page, size);
    }

    public List<StoredStatement> articleStatements(long id) {
        return articleStatements(id, 0, Integer.MAX_VALUE).items();
    }

    /** One page of an article's statements in text order; {@code size} up to Integer.MAX_VALUE for all of them. */
    public Slice<StoredStatement> articleStatements(long id, int page, int size) {
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
    public Slice<StoredStatement> statements(StatementFilter f, int page, int size) {
        return search.search(f, page, size);
    }

    // ------------------------------------------------------------------ persons

    /** Kinds of registry entries the speakers list shows; media and places stay entities (lookups by id, conflicts). */
    public static final List<String> LISTED_KINDS = List.of("person", "organisation");

    /**
     * The speakers list: persons and organisations that speak (the speaker of at least one statement) or are a
     * statement's intermediary, most statements first, then by name; {@code q} matches names, spellings and surname
     * sounds.
     */
    public Slice<ReadViews.Person> speakers(String q, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("listed", LISTED_KINDS);
        String where = "p.category in :listed and (exists (select 1 from StatementEntity s where s.entityId = "
                + ENTITY_ID + ") or exists (select 1 from StatementEntity i where i.intermediary = p.canonicalName))";
        if (q != null && !q.isBlank()) {
            String f = "%" + q.strip().toLowerCase().replace("%", "") + "%";
            where += " and (lower(p.canonicalName) like :q or p.id in (select m.personId from PersonMentionEntity m "
                    + "where lower(m.spelling) like :q) or p.phoneticKey = :key or p.surnameNorm = :norm)";
            params.put("q", f);
            String[] words = q.strip().split("\\s+");
            String last = words[words.length - 1];
            params.put("key", Names.phoneticKey(last));
            params.put("norm", Names.translit(last));
        }
        List<Object[]> ranked = Queries.page(em.createQuery("select p.id, count(st.id) from PersonEntity p left join "
                + "StatementEntity st on st.entityId = " + ENTITY_ID + " where " + where
                + " group by p.id, p.canonicalName order by count(st.id) desc, p.canonicalName, p.id", Object[].class),
                params, page, size);
        long total = Queries.count(em, "select count(p) from PersonEntity p where " + where, params);
        List<Long> ids = ranked.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, PersonEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            PersonEntity.<PersonEntity>list("id in ?1", ids).forEach(p -> byId.put(p.id, p));
        }
        List<PersonEntity> rows = ids.stream().map(byId::get).filter(p -> p != null).toList();
        if (q != null && !q.isBlank() && q.strip().contains(" ")) {
            // "Steve Witkoff": keep people whose first name fits too
            String first = Names.split(q.strip())[0];
            rows = rows.stream().filter(p -> p.firstName == null
                    || Names.firstNames(p.firstName, first) != Names.FirstNames.DIFFERENT
                    || Names.fold(p.canonicalName).contains(Names.fold(q))).toList();
        }
        return new Slice<>(rows.stream().map(this::person).toList(), total, page, size);
    }

    /** A registry entry's entity id in HQL ("p-" + id), as statements store it. */
    private static final String ENTITY_ID = "concat('p-', cast(p.id as String))";

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
        String kind = p.category != null ? p.category : SpeakerKinds.of(p.canonicalName, p.kind).json();
        return new ReadViews.Person(p.entityId(), p.canonicalName, kind, p.firstName, p.surname, aliases, roles,
                statements, articles, cs);
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
        List<ConflictEntity> rows = Queries.page(em.createQuery("select c from ConflictEntity c where " + where
                + " order by c.id desc", ConflictEntity.class), params, page, size);
        long total = Queries.count(em, "select count(c) from ConflictEntity c where " + where, params);
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

    static Set<String> set(String... v) {
        return new LinkedHashSet<>(Arrays.asList(v));
    }
}
