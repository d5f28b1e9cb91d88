package org.whosaid.analysis.engine.align;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prints the cost of signature, blockingKeys and compare on the dev set (no timed assertion: figures go to
 * docs/alignment.md). Run: {@code ./mvnw -B -q -o -pl analysis-service test -Dtest=AlignSpeedReport}.
 */
class AlignSpeedReport {
    @Test
    void report() throws Exception {
        DevSet dev = DevSet.load();
        long t0 = System.nanoTime();
        Aligner al = Aligner.standard();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<StatementView> all = dev.statements();
        List<Signature> sigs = new ArrayList<>();
        long[] sigNs = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            long s = System.nanoTime();
            sigs.add(al.signature(all.get(i)));
            al.blockingKeys(all.get(i), sigs.get(i));
            sigNs[i] = System.nanoTime() - s;
        }
        // warm
        for (int r = 0; r < 20; r++)
            for (int i = 0; i < all.size(); i++) al.signature(all.get(i));
        int rounds = 30;
        long[] cmp = new long[rounds * all.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < all.size(); i++) {
                long s = System.nanoTime();
                for (int j = 0; j < all.size(); j++) if (j != i) al.compare(all.get(i), sigs.get(i), all.get(j), sigs.get(j));
                cmp[k++] = (System.nanoTime() - s) / (all.size() - 1);
            }
        }
        long[] warmSig = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            long s = System.nanoTime();
            Signature g = al.signature(all.get(i));
            al.blockingKeys(all.get(i), g);
            warmSig[i] = System.nanoTime() - s;
        }
        Arrays.sort(cmp);
        Arrays.sort(warmSig);
        Arrays.sort(sigNs);
        System.out.printf(Locale.ROOT, "lexicon+aligner load %d ms; first signature+keys p50 %.1f µs p95 %.1f µs; "
                        + "warm signature+keys p50 %.1f µs p95 %.1f µs; compare p50 %.2f µs p95 %.2f µs%n",
                loadMs, sigNs[sigNs.length / 2] / 1e3, sigNs[(int) (sigNs.length * 0.95)] / 1e3,
                warmSig[warmSig.length / 2] / 1e3, warmSig[(int) (warmSig.length * 0.95)] / 1e3,
                cmp[cmp.length / 2] / 1e3, cmp[(int) (cmp.length * 0.95)] / 1e3);
        assertFalse(sigs.isEmpty());
    }
}
