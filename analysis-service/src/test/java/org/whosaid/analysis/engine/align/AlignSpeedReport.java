package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prints the cost of Lexicon loading, signature + blockingKeys and compare on the dev set, as thread CPU time
 * (robust on a shared machine) and wall-clock percentiles. No timed assertion: figures go to docs/alignment.md.
 * Run: {@code ./mvnw -B -q -o -pl analysis-service test -Dtest=AlignSpeedReport}.
 */
class AlignSpeedReport {
    @Test
    void report() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        DevSet dev = DevSet.load();
        long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        Lexicon lex = Lexicon.load(Lexicon.DEFAULT_DE_EN, Lexicon.DEFAULT_THESAURUS);
        System.out.printf(Locale.ROOT, "lexicon load: cpu %d ms, wall %d ms (%s)%n", (mx.getCurrentThreadCpuTime() - c0) / 1_000_000,
                (System.nanoTime() - w0) / 1_000_000, lex.status());
        Aligner al = new Aligner(AlignConfig.defaults(), lex);
        List<StatementView> all = dev.statements();
        List<Signature> sigs = new ArrayList<>();
        long c1 = mx.getCurrentThreadCpuTime();
        for (StatementView s : all) {
            Signature g = al.signature(s);
            al.blockingKeys(s, g);
            sigs.add(g);
        }
        System.out.printf(Locale.ROOT, "first signature+keys (cold caches): cpu %.1f µs per statement%n",
                (mx.getCurrentThreadCpuTime() - c1) / 1e3 / all.size());
        for (int r = 0; r < 20; r++) for (StatementView s : all) al.blockingKeys(s, al.signature(s)); // warm up
        long c2 = mx.getCurrentThreadCpuTime();
        int n = 0;
        for (int r = 0; r < 20; r++) for (StatementView s : all) { al.blockingKeys(s, al.signature(s)); n++; }
        System.out.printf(Locale.ROOT, "warm signature+keys: cpu %.1f µs per statement%n", (mx.getCurrentThreadCpuTime() - c2) / 1e3 / n);
        long[] same = new long[2], cross = new long[2];
        List<Long> wall = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                    if (i == j) continue;
                    boolean sameLang = Text.lang(all.get(i).language(), null).equals(Text.lang(all.get(j).language(), null));
                    long c = mx.getCurrentThreadCpuTime(), w = System.nanoTime();
                    al.compare(all.get(i), sigs.get(i), all.get(j), sigs.get(j));
                    long d = mx.getCurrentThreadCpuTime() - c;
                    if (r >= 20) {
                        wall.add(System.nanoTime() - w);
                        long[] acc = sameLang ? same : cross;
                        acc[0] += d;
                        acc[1]++;
                    }
                }
            }
        }
        long[] ws = wall.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(ws);
        System.out.printf(Locale.ROOT, "compare: cpu %.1f µs same language, %.1f µs German-English; wall p50 %.1f µs p95 %.1f µs%n",
                same[0] / 1e3 / same[1], cross[0] / 1e3 / cross[1], ws[ws.length / 2] / 1e3, ws[(int) (ws.length * 0.95)] / 1e3);
        assertFalse(sigs.isEmpty());
    }
}
