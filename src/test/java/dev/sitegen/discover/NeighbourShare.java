package dev.sitegen.discover;

import java.util.List;

/**
 * How well a map keeps neighbours together (issue 18): for each paper, the share of its {@code k} nearest
 * dots (Euclidean, on the map) that are among its {@code k} most similar papers in a {@link
 * SimilarityGraph}; the mean over papers that have any similar paper. Brute force, for tests and benches.
 */
final class NeighbourShare {

    private NeighbourShare() {}

    static double mean(List<MapPoint> points, SimilarityGraph graph, int k) {
        int n = points.size();
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            int listed = Math.min(k, graph.degree(i));
            if (listed == 0) {
                continue;
            }
            int[] nearest = nearestDots(points, i, k);
            int kept = 0;
            for (int dot : nearest) {
                for (int rank = 0; rank < listed; rank++) {
                    kept += graph.neighbour(i, rank) == dot ? 1 : 0;
                }
            }
            sum += (double) kept / listed;
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** The {@code k} dots nearest to dot {@code i}, ties to the smaller index. */
    private static int[] nearestDots(List<MapPoint> points, int i, int k) {
        int n = points.size();
        double[] negativeDistance = new double[n];
        MapPoint p = points.get(i);
        for (int j = 0; j < n; j++) {
            MapPoint q = points.get(j);
            double dx = p.x() - q.x();
            double dy = p.y() - q.y();
            negativeDistance[j] = j == i ? Double.NEGATIVE_INFINITY : -(dx * dx + dy * dy);
        }
        return TopK.largest(negativeDistance, n, Math.min(k, n - 1));
    }
}
