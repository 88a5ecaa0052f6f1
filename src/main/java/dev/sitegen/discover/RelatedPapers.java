package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The most similar papers of every paper by TF-IDF cosine, with the reasons: the first {@value
 * #NEIGHBOURS} of each paper's list in a {@link SimilarityGraph}, explained by {@link RelatedReasons}.
 */
public final class RelatedPapers {

    /** Neighbours kept per paper. */
    public static final int NEIGHBOURS = 5;

    static final int SHARED_TERMS = 5;
    private static final int RANGES_PER_THREAD = 4;

    private RelatedPapers() {}

    /**
     * Neighbours of every paper, keyed by paper id in catalog order, from the catalog's vectors and a graph
     * searched from them (the map's); a graph with more than {@value #NEIGHBOURS} neighbours per paper gives the
     * same result as one with exactly that many, since a shorter list is a prefix of a longer one.
     */
    public static Map<String, List<Related>> compute(Catalog catalog, TermVectors vectors, SimilarityGraph graph) {
        RelatedReasons reasons = new RelatedReasons(catalog, vectors);
        int n = vectors.size();
        List<List<Related>> neighbours = new ArrayList<>(Collections.nCopies(n, null));
        // a few ranges per thread, so each range's scratch vector (sized for the whole vocabulary) is reused
        int ranges = Math.min(n, RANGES_PER_THREAD * (ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, ranges).parallel().forEach(range -> {
            double[] dense = new double[vectors.termCount()];
            for (int d = (int) ((long) n * range / ranges); d < (long) n * (range + 1) / ranges; d++) {
                int count = Math.min(NEIGHBOURS, graph.degree(d));
                List<Related> related = new ArrayList<>(count);
                vectors.scatter(d, dense);
                for (int rank = 0; rank < count; rank++) {
                    related.add(reasons.explain(dense, graph.neighbour(d, rank), SHARED_TERMS));
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
}
