package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The most similar papers of every paper by TF-IDF cosine, with the reasons.
 *
 * <p>Pairwise comparison is O(n²); instead each paper's {@value #QUERY_TERMS} heaviest terms are
 * looked up in a {@link NeighbourIndex} whose work per query is bounded, and the best
 * {@value #CANDIDATES} candidates are then scored exactly. Results are
 * deterministic: ties go to the smaller paper id.
 */
public final class RelatedPapers {

    /** Neighbours kept per paper. */
    public static final int NEIGHBOURS = 5;

    static final int QUERY_TERMS = 80;
    static final int CANDIDATES = 80;
    static final int SHARED_TERMS = 5;
    private static final int RANGES_PER_THREAD = 4;

    private RelatedPapers() {}

    /** Neighbours of every paper, keyed by paper id in catalog order. */
    public static Map<String, List<Related>> compute(Catalog catalog, Function<Paper, String> textOf) {
        return compute(catalog, TermVectors.build(catalog, textOf));
    }

    /** As {@link #compute(Catalog, Function)}, reusing vectors already built (for the map) from the same catalog. */
    public static Map<String, List<Related>> compute(Catalog catalog, TermVectors vectors) {
        if (vectors.size() != catalog.papers().size()) {
            throw new IllegalArgumentException("vectors hold " + vectors.size() + " papers but the catalog has "
                    + catalog.papers().size() + "; build them from this catalog");
        }
        NeighbourIndex index = new NeighbourIndex(vectors);
        RelatedReasons reasons = new RelatedReasons(catalog, vectors);
        int n = vectors.size();
        List<List<Related>> neighbours = new ArrayList<>(Collections.nCopies(n, null));
        // papers are independent; a few ranges per thread balance the load, and each range's scratch
        // arrays are sized for the whole catalog, so there are few of them
        int ranges = Math.min(n, RANGES_PER_THREAD * (ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, ranges).parallel().forEach(range -> {
            NeighbourIndex.Query query = index.query();
            double[] dense = new double[vectors.termCount()];
            for (int d = (int) ((long) n * range / ranges); d < (long) n * (range + 1) / ranges; d++) {
                List<Related> related = new ArrayList<>(NEIGHBOURS);
                vectors.scatter(d, dense);
                for (int other : nearest(vectors, query, d, dense)) {
                    related.add(reasons.explain(dense, other, SHARED_TERMS));
                }
                vectors.clear(d, dense);
                neighbours.set(d, List.copyOf(related));
            }
        });
        Map<String, List<Related>> result = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            result.put(vectors.paper(d).id(), neighbours.get(d));
        }
        return result;
    }

    /**
     * The best {@value #NEIGHBOURS} candidates by exact cosine, ties to the smaller paper id; none
     * scoring 0. {@code dense} holds {@code doc} scattered.
     */
    private static int[] nearest(TermVectors vectors, NeighbourIndex.Query query, int doc, double[] dense) {
        int[] candidates = query.candidates(doc, QUERY_TERMS, CANDIDATES);
        int[] best = new int[Math.min(NEIGHBOURS, candidates.length)];
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
        return filled == best.length ? best : Arrays.copyOf(best, filled);
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
