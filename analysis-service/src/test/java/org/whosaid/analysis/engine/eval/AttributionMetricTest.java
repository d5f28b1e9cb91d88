package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AttributionMetricTest {

    static Annotation ann(String type, String medium, Set<Integer> quote, Set<Integer> speaker, Set<Integer> cue) {
        Map<Role, Set<Integer>> m = new EnumMap<>(Role.class);
        m.put(Role.QUOTE, quote);
        m.put(Role.SPEAKER, speaker);
        m.put(Role.CUE, cue);
        return new Annotation(type, medium, m, type, null);
    }

    @Test
    void perfectMatchScoresOne() {
        Annotation a = ann("Direct", "Speech", Set.of(1, 2, 3, 4), Set.of(6), Set.of(7));
        Annotation b = ann("Indirect", "Writing", Set.of(10, 11, 12), Set.of(14, 15), Set.of(13));
        AttributionMetric.Result r = AttributionMetric.score(List.of(a, b), List.of(b, a));
        assertEquals(1.0, r.message().f1(), 1e-12);
        assertEquals(1.0, r.roles().f1(), 1e-12);
        assertEquals(1.0, r.joint().f1(), 1e-12);
        assertEquals(2, r.pairs().size());
    }

    @Test
    void disjointScoresZeroAndPairsNothing() {
        Annotation gold = ann("Direct", "Speech", Set.of(1, 2, 3), Set.of(5), Set.of(6));
        Annotation sys = ann("Direct", "Speech", Set.of(10, 11), Set.of(5), Set.of(6));
        AttributionMetric.Result r = AttributionMetric.score(List.of(gold), List.of(sys));
        assertEquals(0, r.pairs().size());
        assertEquals(0.0, r.joint().f1(), 1e-12);
        // unpaired: every token false, even the speaker and cue tokens that happen to coincide
        assertEquals(new Counts(0, 2, 3).toString(), r.message().toString());
        assertEquals(new Counts(0, 2, 2).toString(), r.roles().toString());
    }

    @Test
    void partialOverlapGivesKnownNumbers() {
        // gold quote 1..6 (6 tokens), speaker 8, cue 7; system quote 3..8 (6 tokens, 4 shared), speaker 9, cue 7
        Annotation gold = ann("Indirect", "Speech", Set.of(1, 2, 3, 4, 5, 6), Set.of(8), Set.of(7));
        Annotation sys = ann("Indirect", "Speech", Set.of(3, 4, 5, 6, 7, 8), Set.of(9), Set.of(7));
        AttributionMetric.Result r = AttributionMetric.score(List.of(gold), List.of(sys));
        assertEquals(1, r.pairs().size());
        assertEquals(4, r.message().tp);
        assertEquals(2, r.message().fp);
        assertEquals(2, r.message().fn);
        assertEquals(4.0 / 6, r.message().f1(), 1e-12);
        // roles: cue 7 tp; speaker 9 fp, 8 fn
        assertEquals(1, r.roles().tp);
        assertEquals(1, r.roles().fp);
        assertEquals(1, r.roles().fn);
        // joint: tp 5, fp 3, fn 3 -> P = R = F1 = 5/8
        assertEquals(5.0 / 8, r.joint().f1(), 1e-12);
    }

    @Test
    void unpairedSystemAnnotationCountsAllItsTokensAsFalsePositives() {
        Annotation gold = ann("Direct", "Speech", Set.of(1, 2), Set.of(3), Set.of());
        Annotation good = ann("Direct", "Speech", Set.of(1, 2), Set.of(3), Set.of());
        Annotation extra = ann("Reported", "Speech", Set.of(20, 21, 22), Set.of(23), Set.of(24));
        AttributionMetric.Result r = AttributionMetric.score(List.of(gold), List.of(good, extra));
        assertEquals(List.of(extra), r.unpairedSystem());
        assertEquals(new Counts(3, 5, 0).toString(), r.joint().toString());
        assertEquals(3.0 / 8, r.joint().precision(), 1e-12);
        assertEquals(1.0, r.joint().recall(), 1e-12);
    }

    @Test
    void assignmentMaximisesTotalOverlapNotGreedy() {
        Annotation a = ann("Direct", "Speech", Set.of(1, 2, 3, 4), Set.of(), Set.of());
        Annotation b = ann("Direct", "Speech", Set.of(1, 2), Set.of(), Set.of());
        Annotation x = ann("Direct", "Speech", Set.of(1, 2, 3), Set.of(), Set.of()); // F1 with A 6/7, with B 4/5
        Annotation y = ann("Direct", "Speech", Set.of(3, 4), Set.of(), Set.of());    // F1 with A 4/6, with B 0
        // greedy would take A–X (0.857) and leave B unpaired; the optimum is A–Y + B–X (1.467)
        AttributionMetric.Result r = AttributionMetric.score(List.of(a, b), List.of(x, y));
        assertEquals(2, r.pairs().size());
        for (AttributionMetric.Pair p : r.pairs()) {
            if (p.gold() == a) assertSame(y, p.system());
            else assertSame(x, p.system());
        }
    }

    @Test
    void equalTypeAndMediumBreakTies() {
        Annotation gold = ann("Indirect", "Writing", Set.of(1, 2, 3), Set.of(), Set.of());
        Annotation wrongType = ann("Direct", "Writing", Set.of(1, 2, 3), Set.of(), Set.of());
        Annotation rightType = ann("Indirect", "Writing", Set.of(1, 2, 3), Set.of(), Set.of());
        AttributionMetric.Result r = AttributionMetric.score(List.of(gold), List.of(wrongType, rightType));
        assertSame(rightType, r.pairs().get(0).system());
        Annotation wrongMedium = ann("Indirect", "Speech", Set.of(1, 2, 3), Set.of(), Set.of());
        r = AttributionMetric.score(List.of(gold), List.of(wrongMedium, rightType));
        assertSame(rightType, r.pairs().get(0).system());
    }

    @Test
    void oneQuoteWithTwoSpeakersPairsEachWithItsOwnSpeaker() {
        Annotation g1 = ann("Indirect", "Speech", Set.of(1, 2, 3), Set.of(5), Set.of(4));
        Annotation g2 = ann("Indirect", "Speech", Set.of(1, 2, 3), Set.of(7), Set.of(4));
        Annotation s2 = ann("Indirect", "Speech", Set.of(1, 2, 3), Set.of(7), Set.of(4));
        Annotation s1 = ann("Indirect", "Speech", Set.of(1, 2, 3), Set.of(5), Set.of(4));
        assertEquals(1.0, AttributionMetric.score(List.of(g1, g2), List.of(s2, s1)).joint().f1(), 1e-12);
    }

    @Test
    void emptyInputs() {
        Annotation gold = ann("Direct", "Speech", Set.of(1, 2), Set.of(3), Set.of());
        AttributionMetric.Result none = AttributionMetric.score(List.of(gold), List.of());
        assertEquals(new Counts(0, 0, 3).toString(), none.joint().toString());
        AttributionMetric.Result nothing = AttributionMetric.score(List.of(), List.of(gold));
        assertEquals(new Counts(0, 3, 0).toString(), nothing.joint().toString());
    }
}
