package org.whosaid.analysis.engine.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.Extractor;
import org.whosaid.analysis.engine.eval.Extractors;
import org.whosaid.analysis.engine.eval.RealAlignDev;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

/**
 * Grouping does not depend on arrival order: the real align-dev pages (read from ../shared at test time) grouped in
 * file order and in five shuffled orders give the same clusters, and scoring a pair gives the same weight in both
 * directions.
 */
class GroupingOrderTest {

    @Test
    void shuffledArticlesGiveTheSameClusters() throws IOException {
        RealAlignDev dev = RealAlignDev.load();
        Extractor ex = Extractors.standard();
        Aligner aligner = Aligner.standard();
        Map<Long, List<StatementView>> byArticle = new HashMap<>();
        long article = 1;
        for (RealAlignDev.Page p : dev.pages()) {
            ExtractionResult r = ex.extract(p.text(), p.lang());
            List<StatementView> vs = new ArrayList<>();
            for (Statement s : r.statements()) {
                if (s.quote() != null) vs.add(RealAlignReport.view(p, s, article, r.language()));
            }
            byArticle.put(article++, vs);
        }
        List<Long> order = new ArrayList<>(byArticle.keySet());
        Collections.sort(order);
        Set<Set<String>> first = partition(aligner, byArticle, order);
        Random random = new Random(11);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(order, random);
            assertEquals(first, partition(aligner, byArticle, order), "order " + order);
        }
        // the weight of a pair is the same from both sides
        List<StatementView> all = new ArrayList<>();
        byArticle.values().forEach(all::addAll);
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++) {
                StatementView a = all.get(i), b = all.get(j);
                double ab = aligner.compare(a, aligner.signature(a), b, aligner.signature(b)).weight();
                double ba = aligner.compare(b, aligner.signature(b), a, aligner.signature(a)).weight();
                assertEquals(ab, ba, 1e-9, a.statementId() + " ~ " + b.statementId() + "\n" + aligner.compare(a, aligner.signature(a), b, aligner.signature(b)).evidence() + "\n" + aligner.compare(b, aligner.signature(b), a, aligner.signature(a)).evidence());
            }
    }

    private static Set<Set<String>> partition(Aligner aligner, Map<Long, List<StatementView>> byArticle, List<Long> order) {
        List<StatementView> views = new ArrayList<>();
        for (Long a : order) views.addAll(byArticle.get(a));
        Map<String, String> cluster = Grouping.group(aligner, views);
        Map<String, Set<String>> groups = new HashMap<>();
        cluster.forEach((s, c) -> groups.computeIfAbsent(c, k -> new TreeSet<>()).add(s));
        return new HashSet<>(groups.values());
    }
}
