package org.whosaid.analysis.engine.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the renderings that also carry a second utterance: a statement whose mean weight against the members of
 * another cluster (from other articles, a missing pair counting 0) reaches the threshold, with at least two such
 * members, is shown in that cluster too, beside its own. Grouping puts each rendering in one cluster only, so a long
 * paragraph that renders two remarks would otherwise be missing from one of them.
 *
 * <p>Invented example: outlet A writes "Mayor Lind said the ferry will run again on Monday and the bridge stays shut
 * until spring" (one statement). Outlets B and C report the ferry ("the ferry runs again from Monday") and sit with A
 * in one cluster; outlets D and E report only the bridge ("the bridge remains closed until spring"). A's statement
 * matches D and E well enough, so the bridge cluster lists it as "also renders", with its mean weight.
 *
 * <p>Cost: O(e) for e weighted pairs.
 */
public final class AlsoRenders {
    private AlsoRenders() {
    }

    /** The least number of renderings from other articles a second cluster must hold. */
    public static final int MIN_MEMBERS = 2;

    /**
     * A statement that also renders the utterance of a second group.
     *
     * @param statementId the statement
     * @param group       index of the second group in the groups given
     * @param weight      its mean weight against that group's members from other articles
     */
    public record Also(String statementId, int group, double weight) {
    }

    /**
     * @param groups    the clusters as grouped (each statement in one)
     * @param articleOf each statement's article (pairs within one article do not count)
     * @param edges     the weighted pairs among them
     * @param threshold least mean weight
     * @return every statement's further groups, ordered by statement id and group
     */
    public static List<Also> find(List<List<String>> groups, Map<String, Long> articleOf, Collection<Grouping.Edge> edges,
            double threshold) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) for (String id : groups.get(g)) groupOf.put(id, g);
        Map<String, Map<Integer, Double>> sums = weightsPerGroup(groupOf, articleOf, edges);
        List<Also> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Double>> e : new TreeMap<>(sums).entrySet()) {
            String id = e.getKey();
            for (int g : new TreeSet<>(e.getValue().keySet())) {
                int members = membersFromOtherArticles(groups.get(g), articleOf, articleOf.get(id));
                double mean = members == 0 ? 0 : e.getValue().get(g) / members;
                if (members >= MIN_MEMBERS && mean >= threshold) out.add(new Also(id, g, mean));
            }
        }
        return out;
    }

    /** Statement → group other than its own → sum of its weights to that group's members from other articles. */
    private static Map<String, Map<Integer, Double>> weightsPerGroup(Map<String, Integer> groupOf, Map<String, Long> articleOf,
            Collection<Grouping.Edge> edges) {
        Map<String, Map<Integer, Double>> sums = new HashMap<>();
        for (Grouping.Edge e : edges) {
            Integer ga = groupOf.get(e.a()), gb = groupOf.get(e.b());
            if (ga == null || gb == null || ga.equals(gb) || articleOf.get(e.a()).equals(articleOf.get(e.b()))) continue;
            sums.computeIfAbsent(e.a(), k -> new HashMap<>()).merge(gb, e.weight(), Double::sum);
            sums.computeIfAbsent(e.b(), k -> new HashMap<>()).merge(ga, e.weight(), Double::sum);
        }
        return sums;
    }

    private static int membersFromOtherArticles(List<String> group, Map<String, Long> articleOf, Long article) {
        int n = 0;
        for (String m : group) if (!articleOf.get(m).equals(article)) n++;
        return n;
    }
}
