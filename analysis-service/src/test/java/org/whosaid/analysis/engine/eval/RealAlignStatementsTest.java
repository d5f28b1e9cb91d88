package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.model.ExtractionResult;
import org.whosaid.analysis.engine.model.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression floors on the real align-dev set (../shared/corpus/align-dev, read at test time, skipped when absent):
 * gold statements found and speaker right of those found, overall and per language, with the set's
 * score_statements.py metric ({@link RealAlignMetric#statements}). Engine only, no grouping. The floors sit a little
 * under the figures in docs/accuracy.md; raise them when the extractor improves, never lower them quietly.
 */
class RealAlignStatementsTest {
    /** {key, min found, min speaker right} */
    static final Object[][] FLOORS = {
            {"all", 0.86, 0.94},
            {"de", 0.85, 0.93},
            {"en", 0.87, 0.96},
    };

    @Test
    void statementsFoundAndSpeakersRightStayAboveTheFloor() throws IOException {
        RealAlignDev dev = RealAlignDev.load();
        List<RealAlignMetric.SysStatement> sys = new ArrayList<>();
        for (RealAlignDev.Page p : dev.pages()) {
            ExtractionResult r = EngineUnderTest.get().extract(p.text(), p.lang());
            for (Statement s : r.statements()) {
                if (s.quote() == null) continue;
                String speaker = s.speaker() == null ? null : s.speaker().name() != null ? s.speaker().name() : s.speaker().text();
                sys.add(new RealAlignMetric.SysStatement(p.id(), s.quote().text(), null, speaker));
            }
        }
        Map<String, int[]> counts = new RealAlignMetric(dev).statements(sys);
        String table = RealAlignMetric.format(counts);
        writeMissed(dev, sys);
        System.out.print("align-dev statements (engine)\n" + table);
        for (Object[] f : FLOORS) {
            int[] c = counts.get((String) f[0]);
            double found = (double) c[1] / c[0], right = (double) c[2] / Math.max(1, c[1]);
            assertTrue(found >= (double) f[1], f[0] + ": found " + found + " below the floor " + f[1] + "\n" + table);
            assertTrue(right >= (double) f[2], f[0] + ": speaker right " + right + " below the floor " + f[2] + "\n" + table);
        }
    }

    /**
     * For analysis only: the gold statements not found and those found with another speaker, each with the system
     * statements of its page, in target/align-dev/missed.txt (under target/, never committed).
     */
    static void writeMissed(RealAlignDev dev, List<RealAlignMetric.SysStatement> sys) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (RealAlignDev.Gold g : dev.gold()) {
            Map<String, Integer> gt = RealAlignMetric.toks(g.text());
            RealAlignMetric.SysStatement hit = null;
            for (RealAlignMetric.SysStatement s : sys) {
                if (!s.page().equals(g.page())) continue;
                Map<String, Integer> st = RealAlignMetric.toks(s.text());
                if (!gt.isEmpty() && !st.isEmpty() && RealAlignMetric.overlap(gt, st, false) >= 0.5) {
                    hit = s;
                    break;
                }
            }
            if (hit != null && RealAlignMetric.speakerRight(g, hit.speaker())) continue;
            sb.append(hit == null ? "MISSED " : "WRONG-SPEAKER (" + hit.speaker() + ") ").append(g.page()).append(' ')
                    .append(g.mode()).append(" [").append(g.speaker()).append("] ").append(g.text()).append('\n');
        }
        sb.append("\n== system statements (* = matches no gold statement of its page) ==\n");
        int unmatched = 0;
        for (RealAlignMetric.SysStatement s : sys) {
            Map<String, Integer> st = RealAlignMetric.toks(s.text());
            boolean any = false;
            for (RealAlignDev.Gold g : dev.gold()) {
                if (!g.page().equals(s.page())) continue;
                Map<String, Integer> gt = RealAlignMetric.toks(g.text());
                if (!gt.isEmpty() && !st.isEmpty() && (RealAlignMetric.overlap(gt, st, false) >= 0.5 || RealAlignMetric.overlap(st, gt, false) >= 0.5)) any = true;
            }
            if (!any) unmatched++;
            sb.append(any ? "  " : "* ").append(s.page()).append(" [").append(s.speaker()).append("] ").append(s.text()).append('\n');
        }
        System.out.println("align-dev system statements: " + sys.size() + ", matching no gold statement: " + unmatched);
        Path out = Path.of("target", "align-dev", "missed.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
