package org.whosaid.analysis.service;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.whosaid.analysis.config.WhosaidConfig;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.StoryEntity;
import org.whosaid.analysis.store.StatementEntity;

/**
 * Groups articles about one event: an article joins the story of the articles it shares clusters with (weight 3
 * each) or at least {@code story-min-shared-persons} persons with (weight 1 each person), within
 * {@code story-window-days} of the story's span; otherwise it starts a story.
 */
@ApplicationScoped
public class StoryService {

    private final EntityManager em;
    private final WhosaidConfig config;

    public StoryService(EntityManager em, WhosaidConfig config) {
        this.em = em;
        this.config = config;
    }

    @SuppressWarnings("unchecked")
    public void assign(ArticleEntity a) {
        Map<Long, Integer> weight = new HashMap<>();
        List<Object[]> byCluster = em.createQuery("select a2.storyId, count(distinct s2.clusterId) from StatementEntity s1, "
                        + "StatementEntity s2, ArticleEntity a2 where s1.articleId = ?1 and s2.clusterId = s1.clusterId "
                        + "and s2.articleId <> ?1 and a2.id = s2.articleId and a2.storyId is not null group by a2.storyId")
                .setParameter(1, a.id).setMaxResults(50).getResultList();
        for (Object[] r : byCluster) {
            weight.merge((Long) r[0], 3 * ((Number) r[1]).intValue(), Integer::sum);
        }
        List<Object[]> byPerson = em.createQuery("select a2.storyId, count(distinct m2.personId) from PersonMentionEntity m1, "
                        + "PersonMentionEntity m2, ArticleEntity a2 where m1.articleId = ?1 and m2.personId = m1.personId "
                        + "and m2.articleId <> ?1 and a2.id = m2.articleId and a2.storyId is not null group by a2.storyId")
                .setParameter(1, a.id).setMaxResults(50).getResultList();
        for (Object[] r : byPerson) {
            int n = ((Number) r[1]).intValue();
            if (n >= config.analysis().storyMinSharedPersons()) {
                weight.merge((Long) r[0], n, Integer::sum);
            }
        }
        long days = config.analysis().storyWindowDays();
        StoryEntity best = null;
        int bestWeight = 0;
        for (Map.Entry<Long, Integer> e : weight.entrySet()) {
            StoryEntity s = StoryEntity.findById(e.getKey());
            if (s == null || !within(s, a.publishedAt, days)) {
                continue;
            }
            if (e.getValue() > bestWeight || (e.getValue() == bestWeight && best != null && s.id < best.id)) {
                best = s;
                bestWeight = e.getValue();
            }
        }
        if (best == null) {
            best = new StoryEntity();
            best.title = "";
            best.updatedAt = OffsetDateTime.now();
            best.persist();
        }
        a.storyId = best.id;
        widen(best, a.publishedAt);
        em.flush();
        retitle(best);
    }

    /** Most articles whose headlines name a story. */
    static final int TITLE_ARTICLES = 200;

    /**
     * Names a story from its content: the headline words most of its articles share (at least two headlines), else
     * its one headline, else its main statement (speaker and the start of the quote seen in most outlets).
     */
    void retitle(StoryEntity s) {
        List<String> titles = em.createQuery("select a.title from ArticleEntity a where a.storyId = ?1 and a.title is not null "
                + "order by a.publishedAt nulls last, a.id", String.class).setParameter(1, s.id).setMaxResults(TITLE_ARTICLES)
                .getResultList();
        String name = StoryNames.fromHeadlines(titles);
        if (name == null) {
            List<StatementEntity> main = em.createQuery("select st from StatementEntity st, ArticleEntity a, ClusterEntity c "
                    + "where a.storyId = ?1 and st.articleId = a.id and c.id = st.clusterId "
                    + "order by c.outletCount desc, st.publishedAt nulls last, st.seq", StatementEntity.class)
                    .setParameter(1, s.id).setMaxResults(1).getResultList();
            if (!main.isEmpty()) {
                StatementEntity st = main.get(0);
                name = (st.speakerName == null || st.speakerName.isBlank() ? "" : st.speakerName + ": ")
                        + "„" + Texts.excerpt(st.quoteText, 80) + "“";
            }
        }
        if (name == null) {
            List<String> bodies = em.createQuery("select a.body from ArticleEntity a where a.storyId = ?1 order by a.id", String.class)
                    .setParameter(1, s.id).setMaxResults(1).getResultList();
            name = bodies.isEmpty() || bodies.get(0) == null ? "" : Texts.excerpt(bodies.get(0).strip(), 80);
        }
        s.title = name.length() > 300 ? name.substring(0, 300) : name;
    }

    private static boolean within(StoryEntity s, OffsetDateTime t, long days) {
        if (t == null || s.firstPublished == null) {
            return true;
        }
        return !t.isBefore(s.firstPublished.minusDays(days)) && !t.isAfter(s.lastPublished.plusDays(days));
    }

    private static void widen(StoryEntity s, OffsetDateTime t) {
        if (t != null) {
            if (s.firstPublished == null || t.isBefore(s.firstPublished)) {
                s.firstPublished = t;
            }
            if (s.lastPublished == null || t.isAfter(s.lastPublished)) {
                s.lastPublished = t;
            }
        }
        s.updatedAt = OffsetDateTime.now();
    }

    /** After an article left a story: recompute its span, or delete it when empty. */
    public void refresh(Long storyId) {
        if (storyId == null) {
            return;
        }
        StoryEntity s = StoryEntity.findById(storyId);
        if (s == null) {
            return;
        }
        List<ArticleEntity> articles = ArticleEntity.list("storyId", storyId);
        if (articles.isEmpty()) {
            s.delete();
            return;
        }
        s.firstPublished = null;
        s.lastPublished = null;
        articles.forEach(x -> widen(s, x.publishedAt));
        retitle(s);
    }
}
