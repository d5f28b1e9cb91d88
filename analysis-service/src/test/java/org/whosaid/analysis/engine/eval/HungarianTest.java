package org.whosaid.analysis.engine.eval;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HungarianTest {

    @Test
    void squareAndRectangular() {
        assertArrayEquals(new int[]{1, 0}, Hungarian.maximize(new double[][]{{1, 2}, {3, 1}}));
        assertArrayEquals(new int[]{2, 0}, Hungarian.maximize(new double[][]{{0, 1, 5}, {4, 0, 1}}));
        assertArrayEquals(new int[]{-1, 0, -1}, Hungarian.maximize(new double[][]{{1}, {5}, {2}}));
        assertEquals(0, Hungarian.maximize(new double[0][0]).length);
    }

    @Test
    void matchesBruteForceOnRandomMatrices() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(5), m = 1 + rnd.nextInt(5);
            double[][] w = new double[n][m];
            for (double[] row : w) for (int j = 0; j < m; j++) row[j] = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
            int[] a = Hungarian.maximize(w);
            double total = 0;
            boolean[] used = new boolean[m];
            for (int i = 0; i < n; i++) {
                if (a[i] < 0) continue;
                assertEquals(false, used[a[i]], "column used twice");
                used[a[i]] = true;
                total += w[i][a[i]];
            }
            assertEquals(best(w, 0, new boolean[m]), total, 1e-9);
        }
    }

    private static double best(double[][] w, int row, boolean[] used) {
        if (row == w.length) return 0;
        double b = best(w, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (used[j]) continue;
            used[j] = true;
            b = Math.max(b, w[row][j] + best(w, row + 1, used));
            used[j] = false;
        }
        return b;
    }
}
