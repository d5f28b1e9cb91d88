package org.whosaid.analysis.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.registry.Names;
import org.whosaid.analysis.engine.registry.PersonRecord;
import org.whosaid.analysis.engine.registry.PersonRegistry;
import org.whosaid.analysis.store.ArticleEntity;
import org.whosaid.analysis.store.ClusterEntity;
import org.whosaid.analysis.store.ConflictEntity;
import org.whosaid.analysis.store.PersonEntity;
import org.whosaid.analysis.store.PersonMentionEntity;
import org.whosaid.analysis.store.PersonRoleEntity;
import org.whosaid.analysis.store.PersonStore;
import org.whosaid.analysis.store.StatementEntity;
import org.whosaid.analysis.store.StoryEntity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The write path recomputes only what an article touches, and reads name conflicts with bounded queries; what it
 * stores must equal a recompute of everything from scratch. A cluster grows article by article (invented council
 * reports: one quote rendered by several outlets, under different first names of one surname, with other numbers and
 * dates, one of them earlier so the reference rendering moves), then one article gets a new version and two are taken
 * down. After every step the stored clusters, stories and conflicts are compared with: every cluster of these articles
 * recomputed, every story span recomputed, and every name conflict of the surname recomputed with the original
 * pair-join algorithm (kept below as the reference), in a transaction that is rolled back.
 */
@QuarkusTest
class RecomputeEquivalenceTest {

    private static final AtomicLong IDS = new AtomicLong(7_300_000_000L + System.nanoTime() % 1_000_000L);

    @Inject
    ArticleService articles;
    @Inject
    ClusterService clusters;
    @Inject
    StoryService stories;
    @Inject
    PersonStore persons;
    @Inject
    ConflictWriter conflictWriter;
    @Inject
    EntityManager em;

    private final List<Long> ids = new ArrayList<>();
    private final Set<Long> seenClusters = new TreeSet<>();
    private final Set<Long> seenStories = new TreeSet<>();

    /** An invented report: the district chief of Wendmoor on the new ferry, under one first name, cost, date. */
    static String report(String first, String costs, String verb, String extra) {
        return "Wendmoor bekommt eine neue Fähre über die Ilme. "
                + "„Die Fähre fährt ab dem Sommer im Halbstundentakt“, sagte Ortsvorsteher " + first + " Quernstedt am Dienstag. "
                + "Die Kosten lägen bei " + costs + " Euro, sagte er. Der Kreistag habe dem Plan " + verb + ". " + extra;
    }

    private long post(String outlet, String text, String publishedAt) {
        long id = IDS.incrementAndGet();
        ids.add(id);
        ingest(id, 1, outlet, text, publishedAt);
        return id;
    }

    private void ingest(long id, int version, String outlet, String text, String publishedAt) {
        articles.ingest(new IncomingArticle(id, version, "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
                outlet, "Neue Fähre für Wendmoor", null, OffsetDateTime.parse(publishedAt), "de", null, text, null));
    }

    @Test
    void storedStateEqualsFullRecomputeWhileClusterGrowsChangesReferenceAndLosesArticles() {
        String[] outlets = {"Wendmoorer Bote", "Ilmetal Kurier", "Kreisanzeiger Sandau", "Radio Ilme", "Fährblatt",
                "Nordheide Echo", "Morgenpost Wendmoor"};
        String[] firsts = {"Aurelia", "Aurelia", "Bendix", "Aurelia", "Corvin", "Aurelia", "Bendix"};
        String[] costs = {"zwölf Millionen", "zwölf Millionen", "15 Millionen", "zwölf Millionen", "zwölf Millionen",
                "neun Millionen", "zwölf Millionen"};
        String[] verbs = {"zugestimmt", "zugestimmt", "zugestimmt", "nicht zugestimmt", "zugestimmt", "zugestimmt", "zugestimmt"};
        String[] dates = {"2026-05-12T08:00:00+02:00", "2026-05-12T09:30:00+02:00", "2026-05-12T11:00:00+02:00",
                "2026-05-11T18:00:00+02:00", "2026-05-13T07:00:00+02:00", "2026-05-12T10:00:00+02:00",
                "2026-05-10T21:00:00+02:00"};
        String firstReference = null;
        Set<String> references = new LinkedHashSet<>();
        for (int i = 0; i < outlets.length; i++) {
            post(outlets[i], report(firsts[i], costs[i], verbs[i], "Nachtrag " + i + "."), dates[i]);
            String ref = assertStoredEqualsFullRecompute();
            if (firstReference == null) {
                firstReference = ref;
            }
            references.add(ref);
        }
        // the cluster grew across outlets, the reference moved to earlier renderings, conflicts were found
        long quoteCluster = quoteCluster();
        ClusterEntity c = QuarkusTransaction.requiringNew().call(() -> ClusterEntity.<ClusterEntity>findById(quoteCluster));
        assertTrue(c.outletCount >= 5, "one cluster across the outlets: " + c.outletCount);
        assertTrue(references.size() >= 2, "the reference rendering changed as earlier articles arrived: " + references
                + QuarkusTransaction.requiringNew().call(() -> StatementEntity.<StatementEntity>list("articleId in ?1 order by id", ids)
                .stream().map(s -> s.id + " " + s.form + " " + s.clusterId + " " + s.publishedAt + " " + s.speakerName + " " + s.quoteText).toList()));
        assertTrue(c.hasConflict, "speaker, content or fact conflicts in the grown cluster");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ConflictEntity.count("scopeKey like 'name:%quernstedt%'")) > 0,
                "Aurelia / Bendix / Corvin Quernstedt share a role and a story: a name conflict");

        // a new version of the article holding the reference (other first name, other date)
        String referenceBefore = c.referenceStatementId;
        long referenceArticle = Long.parseLong(referenceBefore.substring(0, referenceBefore.indexOf('-')));
        ingest(referenceArticle, 2, "Morgenpost Wendmoor", report("Corvin", "elf Millionen", "zugestimmt", "Korrigiert."),
                "2026-05-14T12:00:00+02:00");
        assertNotEquals(referenceBefore, assertStoredEqualsFullRecompute(), "the corrected, later article is no longer the reference");

        // takedown of the article now holding the reference, then of one more
        String ref = QuarkusTransaction.requiringNew().call(() -> ClusterEntity.<ClusterEntity>findById(quoteCluster).referenceStatementId);
        long holder = Long.parseLong(ref.substring(0, ref.indexOf('-')));
        articles.delete(holder);
        ids.remove(holder);
        assertNotEquals(ref, assertStoredEqualsFullRecompute());
        long another = ids.remove(0);
        articles.delete(another);
        assertStoredEqualsFullRecompute();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StatementEntity.count("articleId in ?1", List.of(holder, another))) == 0);
    }

    /** The cluster of the cost statement (every article renders it, with other numbers; no direct rendering). */
    private long quoteCluster() {
        return QuarkusTransaction.requiringNew().call(this::quoteClusterIn);
    }

    private long quoteClusterIn() {
        List<StatementEntity> sts = StatementEntity.list("articleId in ?1 and quoteText like 'Die Kosten%'", ids);
        return sts.stream().collect(java.util.stream.Collectors.groupingBy(s -> s.clusterId,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
    }

    /** Compares stored state with a full recompute (rolled back); returns the quote cluster's reference statement. */
    private String assertStoredEqualsFullRecompute() {
        QuarkusTransaction.begin();
        try {
            for (StatementEntity s : StatementEntity.<StatementEntity>list("articleId in ?1", ids)) {
                seenClusters.add(s.clusterId);
            }
            for (Long id : ids) {
                ArticleEntity a = ArticleEntity.findById(id);
                if (a != null && a.storyId != null) {
                    seenStories.add(a.storyId);
                }
            }
            List<String> stored = snapshot();
            clusters.recompute(seenClusters);
            seenStories.forEach(stories::refresh);
            for (String surname : surnames()) {
                referenceNameConflict(surname);
            }
            em.flush();
            List<String> full = snapshot();
            assertEquals(String.join("\n", full), String.join("\n", stored), "stored state = full recompute");
            assertTrue(stored.size() > 2, "something to compare: " + stored);
            ClusterEntity c = ClusterEntity.findById(quoteClusterIn());
            return c == null ? null : c.referenceStatementId;
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private List<String> surnames() {
        return PersonEntity.<PersonEntity>list("kind = 'PERSON' and surnameNorm like '%quernstedt%'").stream()
                .map(p -> p.surnameNorm).distinct().sorted().toList();
    }

    private List<String> snapshot() {
        em.flush();
        List<String> out = new ArrayList<>();
        for (Long id : seenClusters) {
            ClusterEntity c = ClusterEntity.findById(id);
            out.add(c == null ? "cluster " + id + " gone" : "cluster " + id + " | " + c.statementCount + " | " + c.outletCount
                    + " | " + c.firstPublished + " | " + c.lastPublished + " | " + c.speakerName + " | " + c.speakerEntityId
                    + " | " + c.referenceStatementId + " | " + c.referenceQuoteKey + " | " + c.referenceReason + " | "
                    + c.referenceMarked + " | " + c.hasConflict);
            for (ConflictEntity k : ConflictEntity.<ConflictEntity>list("scopeKey = ?1 order by id", ClusterService.scope(id))) {
                out.add("  " + k.kind + " | " + k.subject + " | " + k.clusterId + " | " + k.valuesJson);
            }
        }
        for (Long id : seenStories) {
            StoryEntity s = StoryEntity.findById(id);
            out.add(s == null ? "story " + id + " gone" : "story " + id + " | " + s.firstPublished + " | " + s.lastPublished);
        }
        for (String surname : surnames()) {
            for (ConflictEntity k : ConflictEntity.<ConflictEntity>list("scopeKey = ?1 order by id", NameConflictService.scope(surname))) {
                out.add("name " + k.kind + " | " + k.subject + " | " + k.valuesJson);
            }
        }
        return out;
    }

    /**
     * The name conflict of a surname exactly as computed before the throughput work (2026-11-22): a join of the two
     * persons' mentions and articles per pair for the shared story, entities for mentions and statements.
     */
    private void referenceNameConflict(String surnameNorm) {
        PersonEntity p = PersonEntity.find("surnameNorm = ?1 and kind = 'PERSON'", surnameNorm).firstResult();
        String scope = NameConflictService.scope(p.surnameNorm);
        conflictWriter.clear(scope);
        List<PersonRecord> group = persons.candidates("PERSON", p.phoneticKey, p.surnameNorm).stream()
                .filter(o -> Names.sameSurname(o.surname(), p.surname) && o.firstName() != null).toList();
        Set<PersonRecord> inConflict = new LinkedHashSet<>();
        for (PersonRecord a : group) {
            for (PersonRecord b : PersonRegistry.conflictingFirstNames(a, group)) {
                if (a.id() < b.id() && (joinShareStory(a.id(), b.id()) || shareRole(a.id(), b.id()))) {
                    inConflict.add(a);
                    inConflict.add(b);
                }
            }
        }
        if (inConflict.size() < 2) {
            return;
        }
        List<Conflict.Value> values = new ArrayList<>();
        for (PersonRecord r : inConflict) {
            List<PersonMentionEntity> ms = PersonMentionEntity.list("personId = ?1 order by publishedAt, id", r.id());
            List<String> statementIds = StatementEntity.<StatementEntity>find("entityId", PersonRecord.entityId(r.id()))
                    .page(0, 200).list().stream().map(s -> s.id).toList();
            values.add(new Conflict.Value(r.canonicalName(),
                    ms.stream().map(m -> m.outlet != null ? m.outlet : "article " + m.articleId).distinct().toList(),
                    ms.stream().map(m -> m.articleId).distinct().toList(), statementIds));
        }
        conflictWriter.add(scope, "name", "first name of " + p.surname + " (" + inConflict.stream()
                .map(PersonRecord::entityId).reduce((x, y) -> x + ", " + y).orElse("") + ")", null, values);
    }

    private boolean joinShareStory(long a, long b) {
        Long n = em.createQuery("select count(a1) from PersonMentionEntity m1, ArticleEntity a1, PersonMentionEntity m2, "
                        + "ArticleEntity a2 where m1.personId = ?1 and m2.personId = ?2 and a1.id = m1.articleId "
                        + "and a2.id = m2.articleId and a1.storyId = a2.storyId", Long.class)
                .setParameter(1, a).setParameter(2, b).getSingleResult();
        return n > 0;
    }

    private static boolean shareRole(long a, long b) {
        Set<String> ra = roleWords(a);
        for (String w : roleWords(b)) {
            if (ra.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> roleWords(long person) {
        Set<String> out = new java.util.HashSet<>();
        for (PersonRoleEntity r : PersonRoleEntity.<PersonRoleEntity>list("personId", person)) {
            for (String w : Names.words(r.role)) {
                if (w.length() >= 5) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
