package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A long rendering that carries a second utterance is shown in that utterance's cluster too (invented weights: outlet
 * A's paragraph on the ferry and the bridge, B and C on the ferry, D and E on the bridge).
 */
class AlsoRendersTest {

    private static final Map<String, Long> ARTICLE = Map.of("a", 1L, "b", 2L, "c", 3L, "d", 4L, "e", 5L, "f", 6L);
    private static final List<List<String>> GROUPS = List.of(List.of("a", "b", "c"), List.of("d", "e"));

    @Test
    void aParagraphMatchingBothBridgeReportsIsAlsoInTheBridgeCluster() {
        List<Grouping.Edge> edges = List.of(new Grouping.Edge("a", "b", 0.7), new Grouping.Edge("a", "c", 0.6),
                new Grouping.Edge("d", "e", 0.8), new Grouping.Edge("a", "d", 0.6), new Grouping.Edge("e", "a", 0.58));
        List<AlsoRenders.Also> also = AlsoRenders.find(GROUPS, ARTICLE, edges, 0.55);
        assertEquals(1, also.size(), also.toString());
        assertEquals("a", also.get(0).statementId());
        assertEquals(1, also.get(0).group());
        assertEquals(0.59, also.get(0).weight(), 1e-9);
    }

    @Test
    void matchingOneMemberOfTheOtherClusterIsNotEnough() {
        // mean over d and e: (0.9 + 0) / 2 = 0.45, a missing pair counting 0
        List<Grouping.Edge> edges = List.of(new Grouping.Edge("a", "b", 0.7), new Grouping.Edge("d", "e", 0.8),
                new Grouping.Edge("a", "d", 0.9));
        assertTrue(AlsoRenders.find(GROUPS, ARTICLE, edges, 0.55).isEmpty());
    }

    @Test
    void aClusterOfOneRenderingTakesNoOtherRendering() {
        List<List<String>> groups = List.of(List.of("a", "b"), List.of("f"));
        List<Grouping.Edge> edges = List.of(new Grouping.Edge("a", "b", 0.7), new Grouping.Edge("a", "f", 0.9));
        assertTrue(AlsoRenders.find(groups, ARTICLE, edges, 0.55).isEmpty());
    }

    @Test
    void pairsWithinOneArticleDoNotCount() {
        Map<String, Long> article = Map.of("a", 1L, "b", 2L, "c", 3L, "d", 1L, "e", 1L);
        List<Grouping.Edge> edges = List.of(new Grouping.Edge("a", "b", 0.7), new Grouping.Edge("a", "d", 0.9),
                new Grouping.Edge("a", "e", 0.9));
        assertTrue(AlsoRenders.find(GROUPS, article, edges, 0.55).isEmpty());
    }
}
