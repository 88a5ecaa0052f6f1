package dev.sitegen.discover;

import java.util.Arrays;

/**
 * Moves points in the plane so each paper sits next to its most similar papers: a small, seeded
 * force layout of a {@link SimilarityGraph}, in the manner of UMAP's optimisation. Every epoch each
 * edge pulls its two papers together (harder for a paper's closest neighbours) and each paper is pushed
 * away from a few papers drawn at random, which stands in for the repulsion of all pairs; the step shrinks
 * to zero over the epochs. The kernel is {@code 1 / (1 + d²)} (UMAP with a = b = 1), so no
 * {@code pow} or {@code exp} is needed.
 *
 * <p>Work is {@code epochs × edges × (1 + negatives)}: linear in the number of papers, where an
 * exact repulsion would be quadratic, and the epochs shrink for a very large catalog. Deterministic:
 * one thread, a fixed seed for the random draws, edges visited in paper order, and only +, −, × and ÷,
 * which Java computes the same on every platform.
 */
final class NeighbourLayout {

    static final int EPOCHS = 80;
    /**
     * Beyond this many papers the epochs shrink in proportion (down to {@link #MIN_EPOCHS}), so a digest 50
     * times the size costs about 12 times as much, not 50: a large map is already drawn with less detail
     * per paper than the few epochs lose.
     */
    static final int FULL_EPOCHS_UP_TO = 10_000;

    static final int MIN_EPOCHS = 20;
    /** Random papers pushed away per edge and epoch; UMAP's default is 5. */
    static final int NEGATIVES = 5;

    /**
     * Weight of the push against the pull (UMAP's gamma). Measured on the digest: 0.25 and 0.5 clump papers
     * and keep fewer neighbours (share 0.23, 0.27), 2 keeps the most (0.34) while groups still show; 4 gains
     * little more and spreads the map evenly.
     */
    static final double REPULSION = 2;

    static final long SEED = 20_260_118L;
    /** Largest move along one axis in one step, so two papers almost on top of each other do not fly apart. */
    private static final double CLIP = 4;
    /** Keeps the repulsion finite for two papers at the same place. */
    private static final double EPSILON = 0.001;

    private NeighbourLayout() {}

    /**
     * Improves {@code xs}/{@code ys} (one entry per paper of {@code graph}, changed in place), starting
     * from a layout that already has the broad shape, such as the principal components scaled to about
     * ±10.
     */
    static void optimise(SimilarityGraph graph, double[] xs, double[] ys) {
        int n = graph.size();
        if (n < 2) {
            return;
        }
        int[][] edges = edges(graph);
        double[][] pulls = pulls(graph, edges);
        long state = SEED;
        int epochs = epochs(n);
        for (int epoch = 0; epoch < epochs; epoch++) {
            double rate = 1.0 - (double) epoch / epochs;
            for (int i = 0; i < n; i++) {
                int[] js = edges[i];
                for (int e = 0; e < js.length; e++) {
                    int j = js[e];
                    double dx = xs[i] - xs[j];
                    double dy = ys[i] - ys[j];
                    double d2 = dx * dx + dy * dy;
                    double coefficient = -2.0 / (1.0 + d2) * pulls[i][e];
                    double mx = rate * clip(coefficient * dx);
                    double my = rate * clip(coefficient * dy);
                    xs[i] += mx;
                    ys[i] += my;
                    xs[j] -= mx;
                    ys[j] -= my;
                    for (int s = 0; s < NEGATIVES; s++) {
                        state = next(state);
                        int k = (int) Long.remainderUnsigned(state * 0x2545F4914F6CDD1DL, n);
                        if (k == i) {
                            continue;
                        }
                        dx = xs[i] - xs[k];
                        dy = ys[i] - ys[k];
                        d2 = dx * dx + dy * dy;
                        double push = 2.0 * REPULSION / ((EPSILON + d2) * (1.0 + d2));
                        xs[i] += rate * clip(push * dx);
                        ys[i] += rate * clip(push * dy);
                    }
                }
            }
        }
    }

    static int epochs(int papers) {
        if (papers <= FULL_EPOCHS_UP_TO) {
            return EPOCHS;
        }
        return Math.max(MIN_EPOCHS, (int) ((long) EPOCHS * FULL_EPOCHS_UP_TO / papers));
    }

    /** Each undirected edge once, stored with its smaller paper index, in index order. */
    private static int[][] edges(SimilarityGraph graph) {
        int n = graph.size();
        int[][] edges = new int[n][];
        for (int i = 0; i < n; i++) {
            int count = 0;
            int[] own = new int[graph.degree(i)];
            for (int rank = 0; rank < own.length; rank++) {
                int j = graph.neighbour(i, rank);
                // an edge both papers list is kept by the smaller index only
                if (j > i || membership(graph, j, i) == 0) {
                    own[count++] = j;
                }
            }
            edges[i] = Arrays.copyOf(own, count);
        }
        return edges;
    }

    /**
     * How hard each edge of {@link #edges} pulls: a paper's closest neighbour 1, weaker ones by their
     * cosine relative to it; an edge both papers list combines the two as a fuzzy union, as UMAP does.
     */
    private static double[][] pulls(SimilarityGraph graph, int[][] edges) {
        double[][] pulls = new double[edges.length][];
        for (int i = 0; i < edges.length; i++) {
            pulls[i] = new double[edges[i].length];
            for (int e = 0; e < edges[i].length; e++) {
                int j = edges[i][e];
                double a = membership(graph, i, j);
                double b = membership(graph, j, i);
                pulls[i][e] = a + b - a * b;
            }
        }
        return pulls;
    }

    /** How strongly {@code i} lists {@code j}: its cosine over {@code i}'s best, or 0 if not listed. */
    private static double membership(SimilarityGraph graph, int i, int j) {
        for (int rank = 0; rank < graph.degree(i); rank++) {
            if (graph.neighbour(i, rank) == j) {
                return graph.score(i, rank) / graph.score(i, 0);
            }
        }
        return 0;
    }

    private static double clip(double value) {
        return value > CLIP ? CLIP : value < -CLIP ? -CLIP : value;
    }

    /** xorshift64 (the draw multiplies it, as xorshift64* does): fast and the same on every JVM. */
    private static long next(long state) {
        state ^= state >>> 12;
        state ^= state << 25;
        return state ^ state >>> 27;
    }
}
