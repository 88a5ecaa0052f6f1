package dev.sitegen.discover;

import java.util.Arrays;

/**
 * Term → papers posting lists over {@link TermVectors}, used to find a paper's likely neighbours
 * without comparing it to every other paper.
 *
 * <p>Work per paper is bounded independently of corpus size, which keeps the whole search linear:
 * a query uses at most {@code queryTerms} terms, terms in a larger share of papers than
 * {@link #COMMON_SHARE} get no list (they say little about similarity), and each list keeps only
 * its {@link #POSTINGS} heaviest entries ("impact-ordered" postings, ties by paper index).
 * Immutable once built; each thread searches through its own {@link Query}.
 */
final class NeighbourIndex {

    static final double COMMON_SHARE = 0.1;
    static final int POSTINGS = 128;

    private final TermVectors vectors;
    private final int[][] postingDocs;
    private final double[][] postingWeights;

    NeighbourIndex(TermVectors vectors) {
        this.vectors = vectors;
        int terms = vectors.termCount();
        // the floor keeps small catalogs fully indexed; a constant does not change the growth rate
        int maxDocumentFrequency = Math.max(20, (int) (COMMON_SHARE * vectors.size()));
        int[][] docs = new int[terms][];
        double[][] weights = new double[terms][];
        int[] fill = new int[terms];
        for (int t = 0; t < terms; t++) {
            int df = vectors.documentFrequency(t);
            if (df >= 2 && df <= maxDocumentFrequency) {
                docs[t] = new int[Math.min(df, POSTINGS)];
                weights[t] = new double[Math.min(df, POSTINGS)];
            }
        }
        for (int d = 0; d < vectors.size(); d++) {
            int[] ts = vectors.termIds(d);
            double[] ws = vectors.weights(d);
            for (int i = 0; i < ts.length; i++) {
                int t = ts[i];
                if (docs[t] != null) {
                    fill[t] = offer(docs[t], weights[t], fill[t], d, ws[i], vectors.documentFrequency(t) > POSTINGS);
                }
            }
        }
        for (int t = 0; t < terms; t++) {
            if (docs[t] != null && vectors.documentFrequency(t) > POSTINGS) {
                inPaperOrder(docs[t], weights[t]);
            }
        }
        postingDocs = docs;
        postingWeights = weights;
    }

    /**
     * Adds paper {@code doc} to a posting list of {@code filled} entries and returns the new size. A
     * list that keeps every paper of the term grows in paper order; a capped one is the window of
     * {@link TopK#largest}, heaviest first and ties to the earlier paper, fed paper by paper, so it
     * keeps what selecting from the full list would without ever holding the full list.
     */
    static int offer(int[] docs, double[] weights, int filled, int doc, double weight, boolean capped) {
        if (capped) {
            return TopK.offer(docs, weights, filled, doc, weight);
        }
        docs[filled] = doc;
        weights[filled] = weight;
        return filled + 1;
    }

    /** Reorders a capped posting list from heaviest first to paper order, as the queries expect. */
    static void inPaperOrder(int[] docs, double[] weights) {
        long[] byDoc = new long[docs.length];
        for (int k = 0; k < docs.length; k++) {
            byDoc[k] = (long) docs[k] << 32 | k;
        }
        Arrays.sort(byDoc);
        double[] heaviestFirst = weights.clone();
        for (int k = 0; k < byDoc.length; k++) {
            docs[k] = (int) (byDoc[k] >>> 32);
            weights[k] = heaviestFirst[(int) byDoc[k]];
        }
    }

    /** A fresh query with its own scratch space; each thread needs its own. */
    Query query() {
        return new Query();
    }

    /** Candidate search for one paper at a time, reusing arrays sized for the whole catalog. */
    final class Query {
        private final double[] accumulator = new double[vectors.size()];
        private final int[] touched = new int[vectors.size()];
        private double[] indexedWeights = new double[64];
        private double[] partial = new double[64];

        private Query() {}

        /**
         * Up to {@code limit} papers (never {@code doc} itself) with the largest partial dot product
         * over {@code doc}'s {@code queryTerms} heaviest indexed terms, best first, ties by index.
         */
        int[] candidates(int doc, int queryTerms, int limit) {
            int[] ts = vectors.termIds(doc);
            double[] ws = vectors.weights(doc);
            if (indexedWeights.length < ts.length) {
                indexedWeights = new double[Math.max(ts.length, indexedWeights.length * 2)];
            }
            for (int i = 0; i < ts.length; i++) {
                indexedWeights[i] = postingDocs[ts[i]] != null ? ws[i] : -1;
            }
            int count = 0;
            // terms in this order, so each paper's partial sum adds up in a fixed order
            for (int i : TopK.largest(indexedWeights, ts.length, queryTerms)) {
                if (indexedWeights[i] < 0) {
                    break;
                }
                int[] docs = postingDocs[ts[i]];
                double[] weights = postingWeights[ts[i]];
                double w = ws[i];
                for (int k = 0; k < docs.length; k++) {
                    int other = docs[k];
                    if (other == doc) {
                        continue;
                    }
                    if (accumulator[other] == 0) {
                        touched[count++] = other;
                    }
                    accumulator[other] += w * weights[k];
                }
            }
            if (partial.length < count) {
                partial = new double[Math.max(count, partial.length * 2)];
            }
            for (int k = 0; k < count; k++) {
                partial[k] = accumulator[touched[k]];
                accumulator[touched[k]] = 0;
            }
            int[] best = TopK.largest(partial, count, limit);
            for (int k = 0; k < best.length; k++) {
                best[k] = touched[best[k]];
            }
            return best;
        }
    }
}
