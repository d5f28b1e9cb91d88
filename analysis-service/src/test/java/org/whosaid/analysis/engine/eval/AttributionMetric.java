package org.whosaid.analysis.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The GermEval 2023 / gnqa quotation-attribution metric for one document.
 * <p>
 * System and gold annotations are paired one-to-one by maximum total token overlap of their quote spans (Hungarian
 * assignment on the token-overlap F1 of the two quotes; an equal type and an equal medium each add a tie-breaking
 * bonus far below any overlap difference; when quotes, type and medium are all equal, as for one quote annotated
 * twice with two speakers, the overlap of the other roles decides, with a still smaller weight, so that the outcome does
 * not depend on list order). Pairs whose quotes share no token are not pairs. Within a pair every token
 * of every role is a true positive (in both), false positive (system only) or false negative (gold only); unpaired
 * annotations count all their tokens as false. Message = quote tokens, Roles = speaker, cue, frame, addressee,
 * Joint = all.
 */
public final class AttributionMetric {
    /** Far below the smallest difference of two overlap F1s in documents of realistic size. */
    static final double TIE_BONUS = 1e-7;
    /** Last tie-breaker: overlap F1 of all other role tokens, below the type/medium bonus. */
    static final double ROLE_BONUS = 1e-9;

    private AttributionMetric() {
    }

    public record Pair(Annotation gold, Annotation system, double quoteF1) {
    }

    /** The outcome for one document: the counts and who was paired with whom. */
    public record Result(Counts message, Counts roles, Counts joint, List<Pair> pairs,
                         List<Annotation> unpairedGold, List<Annotation> unpairedSystem) {
        public Counts role(Role r, List<Pair> ps) {
            Counts c = new Counts();
            for (Pair p : ps) c.add(compare(p.system().role(r), p.gold().role(r)));
            return c;
        }
    }

    public static double overlapF1(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (Integer t : a) if (b.contains(t)) common++;
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<Integer> otherRoles(Annotation a) {
        Set<Integer> all = new java.util.HashSet<>();
        for (Role r : Role.values()) if (r != Role.QUOTE) for (Integer t : a.role(r)) all.add(t * 8 + r.ordinal());
        return all;
    }

    public static Counts compare(Set<Integer> system, Set<Integer> gold) {
        long tp = 0;
        for (Integer t : system) if (gold.contains(t)) tp++;
        return new Counts(tp, system.size() - tp, gold.size() - tp);
    }

    public static Result score(List<Annotation> gold, List<Annotation> system) {
        double[][] w = new double[gold.size()][system.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                double f = overlapF1(gold.get(g).role(Role.QUOTE), system.get(s).role(Role.QUOTE));
                if (f > 0) {
                    if (Objects.equals(gold.get(g).type(), system.get(s).type())) f += TIE_BONUS;
                    if (Objects.equals(gold.get(g).medium(), system.get(s).medium())) f += TIE_BONUS;
                    f += ROLE_BONUS * overlapF1(otherRoles(gold.get(g)), otherRoles(system.get(s)));
                }
                w[g][s] = f;
            }
        }
        int[] match = Hungarian.maximize(w);
        boolean[] systemPaired = new boolean[system.size()];
        List<Pair> pairs = new ArrayList<>();
        List<Annotation> unpairedGold = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int s = match.length == 0 ? -1 : match[g];
            if (s >= 0 && w[g][s] > 0) {
                systemPaired[s] = true;
                pairs.add(new Pair(gold.get(g), system.get(s),
                        overlapF1(gold.get(g).role(Role.QUOTE), system.get(s).role(Role.QUOTE))));
            } else {
                unpairedGold.add(gold.get(g));
            }
        }
        List<Annotation> unpairedSystem = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) if (!systemPaired[s]) unpairedSystem.add(system.get(s));

        Counts message = new Counts(), roles = new Counts();
        for (Pair p : pairs) {
            for (Role r : Role.values()) {
                Counts c = compare(p.system().role(r), p.gold().role(r));
                (r == Role.QUOTE ? message : roles).add(c);
            }
        }
        for (Annotation a : unpairedGold)
            for (Role r : Role.values()) (r == Role.QUOTE ? message : roles).fn += a.role(r).size();
        for (Annotation a : unpairedSystem)
            for (Role r : Role.values()) (r == Role.QUOTE ? message : roles).fp += a.role(r).size();
        Counts joint = new Counts();
        joint.add(message);
        joint.add(roles);
        return new Result(message, roles, joint, pairs, unpairedGold, unpairedSystem);
    }
}
