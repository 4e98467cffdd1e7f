package app.yibao.atlas.assistant;

import java.util.Arrays;

/**
 * A multinomial logistic regression over sparse binary features, learnt by full-batch AdaGrad from zero weights, so
 * the same examples always give the same weights, to the last bit ({@code StrictMath}). Unlike counting (naive
 * Bayes), it weighs a feature by what it adds to the others, and keeps gaining from more examples where counts had
 * stopped.
 */
final class SoftmaxRegression {

    /** Passes over the examples, L2 penalty and step: chosen on fresh sets, each learnt from the sets before it. */
    static final int PASSES = 100;
    static final double L2 = 1e-4;
    static final double STEP = 0.5;

    private SoftmaxRegression() {
    }

    /**
     * The learnt weights, {@code classes} per feature ({@code [feature * classes + class]}), followed by one bias per
     * class. {@code rows[i]} holds example i's feature ids, {@code labels[i]} its class, {@code weights[i]} how many
     * times it counts.
     */
    static double[] fit(int[][] rows, int[] labels, double[] weights, int features, int classes) {
        double total = Arrays.stream(weights).sum();
        int biases = features * classes;
        double[] w = new double[biases + classes];
        double[] squares = new double[w.length];
        double[] gradient = new double[w.length];
        double[] p = new double[classes];
        for (int pass = 0; pass < PASSES; pass++) {
            Arrays.fill(gradient, 0);
            for (int i = 0; i < rows.length; i++) {
                probabilities(w, rows[i], biases, p);
                for (int c = 0; c < classes; c++) {
                    double error = (p[c] - (labels[i] == c ? 1 : 0)) * weights[i] / total;
                    gradient[biases + c] += error;
                    for (int f : rows[i]) {
                        gradient[f * classes + c] += error;
                    }
                }
            }
            for (int k = 0; k < w.length; k++) {
                double g = gradient[k] + (k < biases ? L2 * w[k] : 0);
                squares[k] += g * g;
                w[k] -= STEP * g / Math.sqrt(squares[k] + 1e-8);
            }
        }
        return w;
    }

    /** Each class's probability for the features given, into {@code p}. */
    private static void probabilities(double[] w, int[] row, int biases, double[] p) {
        int classes = p.length;
        System.arraycopy(w, biases, p, 0, classes);
        for (int f : row) {
            for (int c = 0; c < classes; c++) {
                p[c] += w[f * classes + c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : p) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = StrictMath.exp(p[c] - max); // the same last bit on every JVM and in native code
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
    }
}
