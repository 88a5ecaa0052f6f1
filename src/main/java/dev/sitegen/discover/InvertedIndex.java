package dev.sitegen.discover;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Term → papers posting lists over {@link TermVectors}, used to find a paper's likely neighbours
 * without comparing it to every other paper. Terms found in one paper only, or in more than
 * {@code maxDocumentFrequency} papers, get no posting list. Not thread-safe (it reuses one
 * accumulator); build one per computation.
 */
final class InvertedIndex {

    private final TermVectors vectors;
    private final int[][] postingDocs;
    private final double[][] postingWeights;
    private final double[] accumulator;
    private final int[] touched;

    InvertedIndex(TermVectors vectors, int maxDocumentFrequency) {
        this.vectors = vectors;
        int terms = vectors.termCount();
        postingDocs = new int[terms][];
        postingWeights = new double[terms][];
        int[] fill = new int[terms];
        for (int t = 0; t < terms; t++) {
            int df = vectors.documentFrequency(t);
            if (df >= 2 && df <= maxDocumentFrequency) {
                postingDocs[t] = new int[df];
                postingWeights[t] = new double[df];
            }
        }
        for (int d = 0; d < vectors.size(); d++) {
            int[] ts = vectors.termIds(d);
            double[] ws = vectors.weights(d);
            for (int i = 0; i < ts.length; i++) {
                int t = ts[i];
                if (postingDocs[t] != null) {
                    postingDocs[t][fill[t]] = d;
                    postingWeights[t][fill[t]++] = ws[i];
                }
            }
        }
        accumulator = new double[vectors.size()];
        touched = new int[vectors.size()];
    }

    /**
     * Up to {@code limit} papers (never {@code doc} itself) with the largest partial dot product
     * over {@code doc}'s {@code queryTerms} heaviest indexed terms, best first, ties by index.
     */
    int[] candidates(int doc, int queryTerms, int limit) {
        int[] ts = vectors.termIds(doc);
        double[] ws = vectors.weights(doc);
        int[] query = IntStream.range(0, ts.length)
                .filter(i -> postingDocs[ts[i]] != null)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -ws[i]).thenComparingInt(i -> ts[i]))
                .limit(queryTerms)
                .mapToInt(Integer::intValue)
                .toArray();
        int count = 0;
        for (int i : query) {
            int[] docs = postingDocs[ts[i]];
            double[] weights = postingWeights[ts[i]];
            for (int k = 0; k < docs.length; k++) {
                int other = docs[k];
                if (other == doc) {
                    continue;
                }
                if (accumulator[other] == 0) {
                    touched[count++] = other;
                }
                accumulator[other] += ws[i] * weights[k];
            }
        }
        Integer[] found = new Integer[count];
        for (int k = 0; k < count; k++) {
            found[k] = touched[k];
        }
        Arrays.sort(found, Comparator.<Integer>comparingDouble(o -> -accumulator[o]).thenComparingInt(o -> o));
        int[] best = Arrays.stream(found).limit(limit).mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < count; k++) {
            accumulator[touched[k]] = 0;
        }
        return best;
    }
}
