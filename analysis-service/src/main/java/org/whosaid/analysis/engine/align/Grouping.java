package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Forms clusters from scored statement pairs by average linkage: start with every statement alone (or in the cluster a
 * person pinned it to), then repeatedly join the two clusters whose renderings agree best on average (the mean
 * weight over all their pairs from different articles, a missing pair counting 0) while that mean reaches the
 * threshold. A rendering that matches one member of a large cluster but none of the others does not pull two
 * utterances together, and the result depends only on the pairs, never on the order articles arrived in (ties are
 * broken by statement id). Two clusters that people decided on are never joined.
 *
 * <p>Cost: O(n·e) for n statements and e weighted pairs; callers bound n (the service regroups one neighbourhood).
 */
public final class Grouping {
    private Grouping() {
    }

    /** A scored pair of statements (weight as {@link Link#weight()}). */
    public record Edge(String a, String b, double weight) {
    }

    /**
     * A statement taking part: its article (pairs within one article are not counted), the cluster a person pinned it
     * to (or null), the cluster it is in now (or null), and the clusters a person said it does not belong to.
     */
    public record Node(String id, long articleId, Long pinnedCluster, Long cluster, Set<Long> rejects) {
        public Node {
            rejects = rejects == null ? Set.of() : Set.copyOf(rejects);
        }

        public Node(String id, long articleId, Long pinnedCluster) {
            this(id, articleId, pinnedCluster, null, Set.of());
        }
    }

    /**
     * Groups the nodes.
     *
     * @param nodes     the statements, any order
     * @param edges     weighted pairs among them (others count 0); pairs within one article are ignored
     * @param threshold least mean weight for two clusters to join
     * @return the groups, each sorted by id, in order of their smallest id
     */
    public static List<List<String>> cluster(Collection<Node> nodes, Collection<Edge> edges, double threshold) {
        TreeMap<String, Node> byId = new TreeMap<>();
        for (Node n : nodes) byId.put(n.id(), n);
        Map<String, Group> groupOf = new HashMap<>();
        List<Group> groups = initialGroups(byId.values(), groupOf);
        Map<Integer, Map<Integer, Double>> adj = weightSums(byId, groupOf, edges);
        for (Group[] pair = bestPair(groups, adj, threshold); pair != null; pair = bestPair(groups, adj, threshold)) {
            join(pair[0], pair[1], adj);
        }
        List<List<String>> out = new ArrayList<>();
        for (Group g : groups) if (g.alive) out.add(new ArrayList<>(g.ids));
        out.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return out;
    }

    /** Pinned statements together per pinned cluster, every other statement alone; fills {@code groupOf}. */
    private static List<Group> initialGroups(Collection<Node> sorted, Map<String, Group> groupOf) {
        Map<Long, Group> pinned = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (Node n : sorted) {
            Group g = n.pinnedCluster() == null ? null : pinned.get(n.pinnedCluster());
            if (g == null) {
                g = new Group(groups.size(), n.pinnedCluster() != null);
                groups.add(g);
                if (n.pinnedCluster() != null) pinned.put(n.pinnedCluster(), g);
            }
            g.add(n);
            groupOf.put(n.id(), g);
        }
        return groups;
    }

    /**
     * The sum of pair weights between every two groups that share a positive pair from different articles, both ways:
     * {@code adj.get(x).get(y)} is the sum between groups x and y.
     */
    private static Map<Integer, Map<Integer, Double>> weightSums(Map<String, Node> byId, Map<String, Group> groupOf,
            Collection<Edge> edges) {
        Map<Long, Double> sums = new HashMap<>();
        for (Edge e : edges) {
            Node a = byId.get(e.a()), b = byId.get(e.b());
            if (a == null || b == null || a.articleId() == b.articleId() || e.weight() <= 0) continue;
            Group ga = groupOf.get(a.id()), gb = groupOf.get(b.id());
            if (ga == gb) continue;
            sums.merge(key(ga.index, gb.index), e.weight(), Double::sum);
        }
        Map<Integer, Map<Integer, Double>> adj = new HashMap<>();
        for (Map.Entry<Long, Double> e : sums.entrySet()) {
            int x = (int) (e.getKey() >> 32), y = (int) (long) e.getKey();
            adj.computeIfAbsent(x, k -> new HashMap<>()).put(y, e.getValue());
            adj.computeIfAbsent(y, k -> new HashMap<>()).put(x, e.getValue());
        }
        return adj;
    }

    /**
     * The two groups that may join with the highest mean weight over their cross-article pairs, if it reaches the
     * threshold (ties: the pair holding the smaller statement id), else null.
     */
    private static Group[] bestPair(List<Group> groups, Map<Integer, Map<Integer, Double>> adj, double threshold) {
        Group bestA = null, bestB = null;
        double best = threshold;
        for (Map.Entry<Integer, Map<Integer, Double>> e : adj.entrySet()) {
            Group ga = groups.get(e.getKey());
            for (Map.Entry<Integer, Double> f : e.getValue().entrySet()) {
                if (f.getKey() <= e.getKey()) continue;
                Group gb = groups.get(f.getKey());
                if (!ga.mayJoin(gb)) continue;
                long pairs = ga.crossPairs(gb);
                if (pairs == 0) continue;
                double mean = f.getValue() / pairs;
                if (mean > best + 1e-12 || (Math.abs(mean - best) <= 1e-12 && bestA != null
                        && tieBefore(ga, gb, bestA, bestB))) {
                    best = mean;
                    bestA = ga;
                    bestB = gb;
                } else if (bestA == null && Math.abs(mean - best) <= 1e-12) {
                    best = mean;
                    bestA = ga;
                    bestB = gb;
                }
            }
        }
        return bestA == null ? null : new Group[] {bestA, bestB};
    }

    /** Joins group b into a: b's weight sums move to a (summed where both had one), b dies. */
    private static void join(Group bestA, Group bestB, Map<Integer, Map<Integer, Double>> adj) {
        Map<Integer, Double> nb = adj.remove(bestB.index);
        Map<Integer, Double> na = adj.computeIfAbsent(bestA.index, k -> new HashMap<>());
        na.remove(bestB.index);
        if (nb != null) {
            for (Map.Entry<Integer, Double> e : nb.entrySet()) {
                if (e.getKey() == bestA.index) continue;
                Map<Integer, Double> other = adj.get(e.getKey());
                other.remove(bestB.index);
                double s = na.merge(e.getKey(), e.getValue(), Double::sum);
                other.put(bestA.index, s);
            }
        }
        if (na.isEmpty()) adj.remove(bestA.index);
        bestA.absorb(bestB);
    }

    private static boolean tieBefore(Group a, Group b, Group x, Group y) {
        String p = min(a.ids.first(), b.ids.first()), q = min(x.ids.first(), y.ids.first());
        return p.compareTo(q) < 0;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long key(int a, int b) {
        int x = Math.min(a, b), y = Math.max(a, b);
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    private static final class Group {
        final int index;
        boolean pinned;
        boolean alive = true;
        final TreeSet<String> ids = new TreeSet<>();
        final Map<Long, Integer> perArticle = new HashMap<>();
        final Set<Long> clusters = new java.util.HashSet<>();
        final Set<Long> rejects = new java.util.HashSet<>();
        int size;

        Group(int index, boolean pinned) {
            this.index = index;
            this.pinned = pinned;
        }

        void add(Node n) {
            ids.add(n.id());
            if (n.cluster() != null) clusters.add(n.cluster());
            rejects.addAll(n.rejects());
            perArticle.merge(n.articleId(), 1, Integer::sum);
            size++;
        }

        /** Two clusters people decided on stay apart, and nobody joins a cluster a person took them out of. */
        boolean mayJoin(Group o) {
            if (pinned && o.pinned) return false;
            for (Long r : rejects) if (o.clusters.contains(r)) return false;
            for (Long r : o.rejects) if (clusters.contains(r)) return false;
            return true;
        }

        void absorb(Group o) {
            ids.addAll(o.ids);
            clusters.addAll(o.clusters);
            rejects.addAll(o.rejects);
            o.perArticle.forEach((k, v) -> perArticle.merge(k, v, Integer::sum));
            size += o.size;
            pinned |= o.pinned;
            o.alive = false;
        }

        long crossPairs(Group o) {
            long n = (long) size * o.size;
            Map<Long, Integer> small = perArticle.size() <= o.perArticle.size() ? perArticle : o.perArticle;
            Map<Long, Integer> large = small == perArticle ? o.perArticle : perArticle;
            for (Map.Entry<Long, Integer> e : small.entrySet()) {
                Integer c = large.get(e.getKey());
                if (c != null) n -= (long) e.getValue() * c;
            }
            return n;
        }
    }

    /**
     * Groups a whole set in memory, as the service does over its database: candidates from shared blocking keys,
     * each pair scored once by {@link Aligner#compare} ({@link #edges}), then {@link #cluster}. For evaluation and
     * benchmarks.
     *
     * @return statement id → cluster id (the smallest statement id of its cluster)
     */
    public static Map<String, String> group(Aligner aligner, List<StatementView> views) {
        List<Node> nodes = new ArrayList<>();
        for (StatementView v : views) nodes.add(new Node(v.statementId(), v.articleId(), null));
        Map<String, String> cluster = new HashMap<>();
        for (List<String> g : cluster(nodes, edges(aligner, views), aligner.config().sameThreshold())) {
            for (String id : g) cluster.put(id, g.get(0));
        }
        return cluster;
    }

    /** Every pair of statements from different articles that share a blocking key, scored once (weight above 0). */
    public static List<Edge> edges(Aligner aligner, List<StatementView> views) {
        Map<String, Signature> sigs = new HashMap<>();
        Map<String, Set<String>> stored = new HashMap<>();
        for (StatementView v : views) {
            Signature s = aligner.signature(v);
            sigs.put(v.statementId(), s);
            stored.put(v.statementId(), aligner.blockingKeys(v, s));
        }
        Map<String, List<StatementView>> index = new HashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (StatementView v : views) {
            Set<StatementView> cands = new LinkedHashSet<>();
            for (String k : aligner.queryKeys(v, sigs.get(v.statementId()))) cands.addAll(index.getOrDefault(k, List.of()));
            for (StatementView c : cands) {
                if (c.articleId() == v.articleId()) continue;
                Link l = aligner.compare(v, sigs.get(v.statementId()), c, sigs.get(c.statementId()));
                if (l.weight() > 0) edges.add(new Edge(v.statementId(), c.statementId(), l.weight()));
            }
            for (String k : stored.get(v.statementId())) index.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return edges;
    }
}
