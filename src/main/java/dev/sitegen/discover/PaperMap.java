package dev.sitegen.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Places every paper in two dimensions so that papers with similar content sit close. It starts from the
 * first two principal components of the TF-IDF matrix, found by block power iteration on the sparse
 * matrix (the centring is applied implicitly, so the matrix stays sparse; terms of a single paper are
 * left out: they cannot pull two papers together, and they are most of the vocabulary). Those keep the
 * broad shape but smear the topics together, so {@link NeighbourLayout} then pulls each paper next to its
 * most similar papers.
 *
 * <p>Deterministic: a fixed seed, the same arithmetic in the same order ({@link StrictMath} where
 * {@code Math} may vary by platform), and each component's sign chosen
 * so the paper furthest from the centre along it lies on the positive side.
 */
public final class PaperMap {

    /** Neighbours per paper in the graph the layout follows (more than the pages show: the map needs the shape around them). */
    public static final int NEIGHBOURS = 10;

    static final int MAX_ITERATIONS = 100;
    /**
     * Stop when no component turned by more than about 1° in one step: the components are only the start of the
     * layout, which {@link NeighbourLayout} then moves by far more. A tighter tolerance took twice the iterations
     * and gave no better map (same layout objective and neighbour share, measured over twenty layout seeds).
     */
    static final double TOLERANCE = 1e-4;

    static final long SEED = 20_260_101L;
    /**
     * Share of papers on each side that may fall outside the main range, so a few outliers do not
     * squeeze everyone else into a corner; they are drawn in a thin band at the edge instead.
     */
    static final double CLIP = 0.01;

    static final double OUTLIER_BAND = 0.04;
    /** Half the width of the starting layout, in the units of {@link NeighbourLayout}'s kernel (as UMAP starts). */
    static final double START_SPREAD = 10;

    private PaperMap() {}

    /**
     * One point per paper in catalog order, scaled into {@code [margin, width - margin] × [margin, height -
     * margin]}: the principal components as a start, then {@link NeighbourLayout} pulls each paper next to
     * its neighbours in {@code graph} (built from the same {@code vectors}).
     */
    public static List<MapPoint> layout(
            TermVectors vectors, SimilarityGraph graph, double width, double height, double margin) {
        double[][] coordinates = principalCoordinates(vectors);
        for (double[] axis : coordinates) {
            scaleTo(axis, START_SPREAD);
        }
        NeighbourLayout.optimise(graph, coordinates[0], coordinates[1]);
        alignLongestAxis(coordinates[0], coordinates[1]);
        return points(vectors, coordinates, width, height, margin);
    }

    /**
     * The principal components alone, scaled like {@link #layout}: the map before the neighbour layout, kept to measure
     * the layout against.
     */
    static List<MapPoint> projection(TermVectors vectors, double width, double height, double margin) {
        return points(vectors, principalCoordinates(vectors), width, height, margin);
    }

    private static List<MapPoint> points(
            TermVectors vectors, double[][] coordinates, double width, double height, double margin) {
        double[] xs = scale(coordinates[0], margin, width - margin);
        double[] ys = scale(coordinates[1], margin, height - margin);
        List<MapPoint> points = new ArrayList<>(vectors.size());
        for (int d = 0; d < vectors.size(); d++) {
            points.add(new MapPoint(vectors.paper(d).id(), round(xs[d]), round(ys[d])));
        }
        return List.copyOf(points);
    }

    /**
     * Turns the layout (in place, about its centre) so its longest extent lies along x: the map is wider than
     * tall, and each axis is scaled on its own to fill it, which distorts least when the layout's own long
     * axis is the map's. The sign is fixed as in {@link #normaliseSign}, so the result does not depend on the
     * direction the angle happened to come out.
     */
    private static void alignLongestAxis(double[] xs, double[] ys) {
        int n = xs.length;
        if (n < 2) {
            return;
        }
        double mx = 0;
        double my = 0;
        for (int d = 0; d < n; d++) {
            mx += xs[d];
            my += ys[d];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int d = 0; d < n; d++) {
            double dx = xs[d] - mx;
            double dy = ys[d] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double angle = 0.5 * StrictMath.atan2(2 * sxy, sxx - syy);
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        for (int d = 0; d < n; d++) {
            double dx = xs[d] - mx;
            double dy = ys[d] - my;
            xs[d] = cos * dx + sin * dy;
            ys[d] = -sin * dx + cos * dy;
        }
        normaliseSign(xs);
        normaliseSign(ys);
    }

    /** Scales {@code values} in place so the largest magnitude is {@code spread}. */
    private static void scaleTo(double[] values, double spread) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest > 0) {
            for (int d = 0; d < values.length; d++) {
                values[d] = values[d] / largest * spread;
            }
        }
    }

    /** The papers' scores on the first two principal components: {@code [component][paper]}. */
    static double[][] principalCoordinates(TermVectors vectors) {
        SparseRows rows = SparseRows.sharedTerms(vectors);
        double[] mean = rows.columnMeans();
        Random random = new Random(SEED);
        double[][] basis = new double[2][rows.columns()];
        for (double[] v : basis) {
            for (int t = 0; t < v.length; t++) {
                v[t] = random.nextGaussian();
            }
        }
        orthonormalise(basis);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] next = rows.transposeTimes(rows.times(basis, mean), mean);
            orthonormalise(next);
            boolean converged = true;
            for (int c = 0; c < basis.length; c++) {
                converged &= Math.abs(dot(next[c], basis[c])) > 1 - TOLERANCE;
            }
            basis = next;
            if (converged) {
                break;
            }
        }
        double[][] scores = rows.times(basis, mean);
        for (double[] score : scores) {
            normaliseSign(score);
        }
        return scores;
    }

    /** Gram–Schmidt: the first vector keeps its direction, so it converges to the top component. */
    private static void orthonormalise(double[][] basis) {
        for (int c = 0; c < basis.length; c++) {
            for (int p = 0; p < c; p++) {
                double projection = dot(basis[c], basis[p]);
                for (int t = 0; t < basis[c].length; t++) {
                    basis[c][t] -= projection * basis[p][t];
                }
            }
            double norm = Math.sqrt(dot(basis[c], basis[c]));
            if (norm > 0) {
                for (int t = 0; t < basis[c].length; t++) {
                    basis[c][t] /= norm;
                }
            }
        }
    }

    private static void normaliseSign(double[] scores) {
        int extreme = 0;
        for (int d = 1; d < scores.length; d++) {
            if (Math.abs(scores[d]) > Math.abs(scores[extreme])) {
                extreme = d;
            }
        }
        if (scores.length > 0 && scores[extreme] < 0) {
            for (int d = 0; d < scores.length; d++) {
                scores[d] = -scores[d];
            }
        }
    }

    private static double[] scale(double[] values, double from, double to) {
        if (values.length == 0) {
            return values;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int cut = (int) Math.floor(CLIP * (sorted.length - 1));
        double low = sorted[cut];
        double high = sorted[sorted.length - 1 - cut];
        double span = high - low;
        double[] scaled = new double[values.length];
        for (int d = 0; d < values.length; d++) {
            double unit = span > 0 ? squash((values[d] - low) / span) : 0.5;
            scaled[d] = from + (unit + OUTLIER_BAND) / (1 + 2 * OUTLIER_BAND) * (to - from);
        }
        return scaled;
    }

    /** Keeps [0, 1] as is and folds everything beyond into a thin band on each side, order preserved. */
    private static double squash(double unit) {
        if (unit > 1) {
            return 1 + OUTLIER_BAND * (1 - StrictMath.exp(-(unit - 1) / OUTLIER_BAND));
        }
        if (unit < 0) {
            return -OUTLIER_BAND * (1 - StrictMath.exp(unit / OUTLIER_BAND));
        }
        return unit;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** {@code value} rounded to one decimal, as the map's coordinates are. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
