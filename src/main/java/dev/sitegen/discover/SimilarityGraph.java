package dev.sitegen.discover;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Each paper's most similar papers by TF-IDF cosine, best first, as paper indices into {@link
 * TermVectors}: the graph behind both the similar papers shown on a page and the map's layout, so
 * the costly search runs once per build.
 *
 * <p>Pairwise comparison is O(n²); instead each paper's {@value #QUERY_TERMS} heaviest terms are
 * looked up in a {@link NeighbourIndex} whose work per query is bounded, and the best {@value
 * #CANDIDATES} candidates are then scored exactly. Ties go to the smaller paper id, so a shorter
 * list is always a prefix of a longer one and the result does not depend on thread scheduling.
 */
public final class SimilarityGraph {

    static final int QUERY_TERMS = 80;
    static final int CANDIDATES = 80;
    private static final int RANGES_PER_THREAD = 4;

    private final int[][] neighbours;
    private final double[][] scores;

    private SimilarityGraph(int[][] neighbours, double[][] scores) {
        this.neighbours = neighbours;
        this.scores = scores;
    }

    /** Up to {@code k} neighbours of every paper in {@code vectors}, none scoring 0. */
    public static SimilarityGraph of(TermVectors vectors, int k) {
        NeighbourIndex index = new NeighbourIndex(vectors);
        int n = vectors.size();
        int[][] neighbours = new int[n][];
        double[][] scores = new double[n][];
        // papers are independent; a few ranges per thread balance the load, and each range's scratch
        // arrays are sized for the whole catalog, so there are few of them
        int ranges = Math.min(n, RANGES_PER_THREAD * (ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, ranges).parallel().forEach(range -> {
            NeighbourIndex.Query query = index.query();
            double[] dense = new double[vectors.termCount()];
            for (int d = (int) ((long) n * range / ranges); d < (long) n * (range + 1) / ranges; d++) {
                vectors.scatter(d, dense);
                nearest(vectors, query, d, dense, k, neighbours, scores);
                vectors.clear(d, dense);
            }
        });
        return new SimilarityGraph(neighbours, scores);
    }

    /** Number of papers. */
    public int size() {
        return neighbours.length;
    }

    int degree(int d) {
        return neighbours[d].length;
    }

    int neighbour(int d, int rank) {
        return neighbours[d][rank];
    }

    double score(int d, int rank) {
        return scores[d][rank];
    }

    /** The best {@code k} candidates of {@code doc} by exact cosine; {@code dense} holds {@code doc} scattered. */
    private static void nearest(
            TermVectors vectors,
            NeighbourIndex.Query query,
            int doc,
            double[] dense,
            int k,
            int[][] neighboursOut,
            double[][] scoresOut) {
        int[] candidates = query.candidates(doc, QUERY_TERMS, Math.max(CANDIDATES, k));
        int[] best = new int[Math.min(k, candidates.length)];
        double[] bestScores = new double[best.length];
        int filled = 0;
        for (int candidate : candidates) {
            double score = vectors.dot(dense, candidate);
            if (!(score > 0)) {
                continue;
            }
            // insertion after every candidate that sorts before or level with it, as a stable sort would
            int at = filled;
            while (at > 0 && before(vectors, score, candidate, bestScores[at - 1], best[at - 1])) {
                at--;
            }
            if (at == best.length) {
                continue;
            }
            int end = Math.min(filled, best.length - 1);
            System.arraycopy(best, at, best, at + 1, end - at);
            System.arraycopy(bestScores, at, bestScores, at + 1, end - at);
            best[at] = candidate;
            bestScores[at] = score;
            filled = Math.min(filled + 1, best.length);
        }
        neighboursOut[doc] = filled == best.length ? best : Arrays.copyOf(best, filled);
        scoresOut[doc] = filled == best.length ? bestScores : Arrays.copyOf(bestScores, filled);
    }

    /** Whether a candidate sorts strictly before another: higher score, then smaller paper id. */
    private static boolean before(TermVectors vectors, double score, int doc, double otherScore, int other) {
        int byScore = Double.compare(-score, -otherScore);
        return byScore < 0
                || (byScore == 0
                        && vectors.paper(doc)
                                        .id()
                                        .compareTo(vectors.paper(other).id())
                                < 0);
    }
}
