package org.whosaid.analysis.engine.eval;

import java.util.Arrays;

/** Maximum-weight one-to-one assignment on a rectangular matrix (Kuhn–Munkres with potentials, O(n²m)). */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * @param weight weight[i][j] of pairing row i with column j (rows and columns may differ in number)
     * @return for each row the assigned column, or -1 when the row is left unassigned (only if rows exceed columns)
     */
    public static int[] maximize(double[][] weight) {
        int rows = weight.length;
        if (rows == 0) return new int[0];
        int cols = weight[0].length;
        if (cols == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        boolean transposed = rows > cols;
        int n = transposed ? cols : rows, m = transposed ? rows : cols;
        double max = 0;
        for (double[] row : weight) for (double w : row) max = Math.max(max, w);
        // cost[i][j] for i in 1..n (n <= m): minimise (max - weight)
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                cost[i + 1][j + 1] = max - (transposed ? weight[j][i] : weight[i][j]);
        double[] u = new double[n + 1], v = new double[m + 1];
        int[] p = new int[m + 1], way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    double cur = cost[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        for (int j = 1; j <= m; j++) {
            if (p[j] == 0) continue;
            int i = p[j] - 1, col = j - 1;
            if (transposed) result[col] = i;
            else result[i] = col;
        }
        return result;
    }
}
