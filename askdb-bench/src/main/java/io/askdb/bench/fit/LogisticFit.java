package io.askdb.bench.fit;

import java.util.List;

/**
 * A logistic regression fitted by Newton's method (iteratively reweighted least squares) with a
 * small ridge penalty on the weights (not on the intercept): a handful of named inputs, so the
 * fitted weights can be read and shipped as they are. Inputs are used unscaled, so each weight is
 * the points one unit of its input adds to the score.
 */
final class LogisticFit {

    private static final int ITERATIONS = 30;

    private final double ridge;

    LogisticFit(double ridge) {
        this.ridge = ridge;
    }

    /** The weights, one per input, then the intercept last. */
    double[] fit(List<double[]> x, List<Boolean> y) {
        int d = x.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] row = withOne(x.get(i));
                double p = sigmoid(dot(w, row));
                double residual = p - (y.get(i) ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-6);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * row[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += curvature * row[a] * row[b];
                    }
                }
            }
            for (int a = 0; a < d - 1; a++) {
                gradient[a] += ridge * w[a];
                hessian[a][a] += ridge;
            }
            double[] step = solve(hessian, gradient);
            double moved = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                moved = Math.max(moved, Math.abs(step[a]));
            }
            if (moved < 1e-7) {
                break;
            }
        }
        return w;
    }

    /** The margin (log-odds) of one row under the weights {@link #fit} returned. */
    static double margin(double[] w, double[] x) {
        return dot(w, withOne(x));
    }

    private static double[] withOne(double[] x) {
        double[] row = java.util.Arrays.copyOf(x, x.length + 1);
        row[x.length] = 1;
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting; the matrix is positive definite thanks to the ridge. */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * out[c];
            }
            out[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
        }
        return out;
    }
}
