package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same-statement link precision and recall on the fictional dev set, over all cross-article pairs. Candidates
 * come from the blocking keys (an in-memory inverted index, as the database index does in production), then
 * {@link Aligner#compare} decides. Reproduce: {@code ./mvnw -B -q -o -pl analysis-service test -Dtest=AlignDevSetTest}.
 */
class AlignDevSetTest {
    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.90;

    static DevSet dev;
    static Aligner aligner;
    static Map<String, Signature> sigs = new HashMap<>();
    static Map<String, Set<String>> keys = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        dev = DevSet.load();
        aligner = Aligner.standard();
        for (StatementView s : dev.statements()) {
            Signature sig = aligner.signature(s);
            sigs.put(s.statementId(), sig);
            keys.put(s.statementId(), aligner.blockingKeys(s, sig));
        }
        System.out.println("lexicon: " + aligner.lexicon().status());
    }

    static String pair(StatementView a, StatementView b) {
        return a.statementId().compareTo(b.statementId()) < 0 ? a.statementId() + "|" + b.statementId()
                : b.statementId() + "|" + a.statementId();
    }

    @Test
    void sameStatementLinksMeetTheFloors() {
        List<StatementView> all = dev.statements();
        Map<String, List<StatementView>> index = new HashMap<>();
        Set<String> gold = new HashSet<>(), predicted = new HashSet<>(), blocked = new HashSet<>();
        Map<String, Link> links = new HashMap<>();
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++) {
                StatementView a = all.get(i), b = all.get(j);
                if (a.articleId() != b.articleId() && dev.clusterOf().get(a.statementId()).equals(dev.clusterOf().get(b.statementId())))
                    gold.add(pair(a, b));
            }
        // incremental, as production: each new statement meets the stored ones sharing a blocking key
        for (StatementView s : all) {
            Set<StatementView> cands = new HashSet<>();
            for (String k : keys.get(s.statementId())) cands.addAll(index.getOrDefault(k, List.of()));
            for (StatementView c : cands) {
                if (c.articleId() == s.articleId()) continue;
                blocked.add(pair(s, c));
                Link l = aligner.compare(s, sigs.get(s.statementId()), c, sigs.get(c.statementId()));
                links.put(pair(s, c), l);
                if (l.relation() == Relation.SAME) predicted.add(pair(s, c));
            }
            for (String k : keys.get(s.statementId())) index.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
        int tp = 0;
        for (String p : predicted) if (gold.contains(p)) tp++;
        int blockedGold = 0;
        for (String p : gold) if (blocked.contains(p)) blockedGold++;
        double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double recall = gold.isEmpty() ? 0 : (double) tp / gold.size();
        for (String p : predicted) if (!gold.contains(p)) System.out.println("FALSE SAME " + p + " " + links.get(p).evidence());
        for (String p : gold) if (!predicted.contains(p))
            System.out.println("MISSED " + p + " " + (links.containsKey(p) ? links.get(p).evidence() : "(not a candidate)"));
        System.out.printf(Locale.ROOT, "align dev set: %d statements, %d gold pairs, %d candidate pairs (of %d cross-article pairs), "
                        + "blocking recall %.3f, predicted SAME %d, precision %.3f, recall %.3f%n",
                all.size(), gold.size(), blocked.size(), crossArticlePairs(all), (double) blockedGold / gold.size(),
                predicted.size(), precision, recall);
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision + " below floor " + PRECISION_FLOOR);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall + " below floor " + RECALL_FLOOR);
    }

    private static int crossArticlePairs(List<StatementView> all) {
        int n = 0;
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++) if (all.get(i).articleId() != all.get(j).articleId()) n++;
        return n;
    }

    /** Same position, different speaker or different occasion: related, never merged. */
    @Test
    void relatedClustersAreNotMerged() {
        int related = 0, total = 0;
        for (List<String> rc : dev.relatedClusters()) {
            for (StatementView a : dev.statements()) {
                if (!dev.clusterOf().get(a.statementId()).equals(rc.get(0))) continue;
                for (StatementView b : dev.statements()) {
                    if (!dev.clusterOf().get(b.statementId()).equals(rc.get(1))) continue;
                    Link l = aligner.compare(a, sigs.get(a.statementId()), b, sigs.get(b.statementId()));
                    assertNotEquals(Relation.SAME, l.relation(), a.statementId() + " vs " + b.statementId() + " " + l.evidence());
                    total++;
                    if (l.relation() == Relation.RELATED) related++;
                    else System.out.println("NOT RELATED " + a.statementId() + " vs " + b.statementId() + " " + l.evidence());
                }
            }
        }
        System.out.printf(Locale.ROOT, "related pairs marked RELATED: %d/%d%n", related, total);
        assertTrue(related * 2 >= total, "most related pairs should be RELATED: " + related + "/" + total);
    }

    static final double RELATED_PRECISION_FLOOR = 0.6;
    static final double RELATED_RECALL_FLOOR = 0.75;

    /**
     * RELATED links at the level of clusters, over all cross-article pairs of different gold clusters (related
     * statements can be months apart): a cluster pair counts as linked when any pair of its renderings is RELATED.
     * Precision = linked pairs that the dev set marks related; the hard negatives (same ferry and town but
     * another position; a generic verb under the same modality) must stay unlinked.
     */
    @Test
    void relatedLinksMeetTheFloors() {
        Set<String> gold = new HashSet<>(), predicted = new HashSet<>(), notRelated = new HashSet<>();
        for (List<String> rc : dev.relatedClusters()) gold.add(clusterPair(rc.get(0), rc.get(1)));
        for (List<String> rc : dev.notRelatedClusters()) notRelated.add(clusterPair(rc.get(0), rc.get(1)));
        Map<String, String> why = new HashMap<>();
        List<StatementView> all = dev.statements();
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++) {
                StatementView a = all.get(i), b = all.get(j);
                String ca = dev.clusterOf().get(a.statementId()), cb = dev.clusterOf().get(b.statementId());
                if (a.articleId() == b.articleId() || ca.equals(cb)) continue;
                Link l = aligner.compare(a, sigs.get(a.statementId()), b, sigs.get(b.statementId()));
                if (l.relation() == Relation.RELATED) {
                    predicted.add(clusterPair(ca, cb));
                    why.putIfAbsent(clusterPair(ca, cb), a.statementId() + " ~ " + b.statementId() + " " + l.evidence());
                }
            }
        int tp = 0;
        for (String p : predicted) if (gold.contains(p)) tp++;
        for (String p : predicted) if (!gold.contains(p)) System.out.println("RELATED, not in the dev set's related list: " + p + " " + why.get(p));
        for (String p : gold) if (!predicted.contains(p)) System.out.println("RELATED MISSED " + p);
        // production meets related statements only through shared blocking keys
        int reachable = 0;
        for (String p : gold) {
            String[] cs = p.split("\\|");
            boolean hit = false;
            for (StatementView a : all) {
                if (!dev.clusterOf().get(a.statementId()).equals(cs[0])) continue;
                for (StatementView b : all) {
                    if (!dev.clusterOf().get(b.statementId()).equals(cs[1]) || a.articleId() == b.articleId()) continue;
                    Set<String> k = new HashSet<>(keys.get(a.statementId()));
                    k.retainAll(keys.get(b.statementId()));
                    hit |= !k.isEmpty();
                }
            }
            if (hit) reachable++;
            else System.out.println("related clusters share no blocking key: " + p);
        }
        double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
        double recall = gold.isEmpty() ? 0 : (double) tp / gold.size();
        System.out.printf(Locale.ROOT, "related cluster pairs: gold %d, predicted %d, precision %.3f, recall %.3f, "
                + "reachable through blocking keys %d/%d%n", gold.size(), predicted.size(), precision, recall, reachable, gold.size());
        for (String p : notRelated) assertTrue(!predicted.contains(p), "hard negative linked as RELATED: " + p + " " + why.get(p));
        assertTrue(precision >= RELATED_PRECISION_FLOOR, "related precision " + precision + " below " + RELATED_PRECISION_FLOOR);
        assertTrue(recall >= RELATED_RECALL_FLOOR, "related recall " + recall + " below " + RELATED_RECALL_FLOOR);
    }

    static String clusterPair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Test
    void everyLinkCarriesScoreAndEvidence() {
        StatementView a = byId("a101-s1"), b = byId("a102-s1");
        Link l = aligner.compare(a, sigs.get("a101-s1"), b, sigs.get("a102-s1"));
        assertEquals(Relation.SAME, l.relation(), l.evidence().toString());
        assertTrue(l.score() > 0 && l.score() <= 1);
        assertTrue(l.evidence().stream().anyMatch(e -> e.startsWith("speaker")), l.evidence().toString());
        assertTrue(l.evidence().stream().anyMatch(e -> e.startsWith("terms")), l.evidence().toString());
        assertTrue(l.evidence().stream().anyMatch(e -> e.contains("2026-01-20")), "utterance day from 'am Dienstag': " + l.evidence());
    }

    @Test
    void blockingKeysAreFewAndShort() {
        for (StatementView s : dev.statements()) {
            Set<String> k = keys.get(s.statementId());
            assertTrue(!k.isEmpty() && k.size() <= 36, s.statementId() + " " + k); // 24 time-bucketed + 12 timeless (docs/alignment.md)
            k.forEach(x -> assertTrue(x.length() <= 120, x));
        }
    }

    static StatementView byId(String id) {
        return dev.statements().stream().filter(s -> s.statementId().equals(id)).findFirst().orElseThrow();
    }
}
