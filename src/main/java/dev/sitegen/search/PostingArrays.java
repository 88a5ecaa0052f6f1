package dev.sitegen.search;

import java.util.List;

/**
 * The flat arrays of an {@link InvertedIndex} while they are filled: each term's postings and Han
 * positions are one run, sized from its document frequency up front; every batch reserves its part of
 * each run in document order and then fills it, so batches fill in parallel without sharing a slot.
 */
final class PostingArrays {

    private final int[] postingStarts;
    private final int[] positionStarts;
    private final int[] nextPosting;
    private final int[] nextPosition;
    private final int[] docs;
    private final double[] scores;
    private final int[] positions;

    PostingArrays(int[] df, int[] positionRun) {
        postingStarts = starts(df);
        positionStarts = starts(positionRun);
        nextPosting = postingStarts.clone();
        nextPosition = positionStarts.clone();
        docs = new int[postingStarts[df.length]];
        scores = new double[docs.length];
        positions = new int[positionStarts[df.length]];
    }

    /** Where a batch's postings of each of its terms start; called for each batch in document order. */
    int[] reservePostings(int[] rank, int[] df) {
        return reserve(rank, df, nextPosting);
    }

    /** Where a batch's Han positions of each of its terms start; called for each batch in document order. */
    int[] reservePositions(int[] rank, int[] positionRun) {
        return reserve(rank, positionRun, nextPosition);
    }

    /**
     * Scores and writes the postings of a batch into the runs it reserved, freeing its counts as it goes; returns its
     * top score.
     */
    double fill(TermBatch batch, int[] rank, int[] postingAt, int[] positionAt, double[] idf, Bm25f bm25f) {
        double max = 0;
        DocTerms[] counted = batch.docs();
        for (int d = 0; d < counted.length; d++) {
            double[] norms = bm25f.norms(counted[d].lengths());
            DocTerms.Cursor c = counted[d].cursor();
            counted[d] = null;
            while (c.next()) {
                int k = postingAt[c.term]++;
                docs[k] = batch.firstDoc() + d;
                scores[k] = bm25f.score(c.tf, norms, idf[rank[c.term]]);
                max = Math.max(max, scores[k]);
                if (c.positional) {
                    int p = positionAt[c.term];
                    positions[p++] = c.positionCount;
                    System.arraycopy(c.positions, 0, positions, p, c.positionCount);
                    positionAt[c.term] = p + c.positionCount;
                }
            }
        }
        return max;
    }

    /** The index, each score quantised to an impact relative to {@code max}, the top score of all batches. */
    InvertedIndex index(List<SearchDocument> documents, String[] terms, double max) {
        byte[] impacts = new byte[scores.length];
        for (int k = 0; k < impacts.length; k++) {
            impacts[k] = (byte) Math.max(1, Math.round(InvertedIndex.MAX_IMPACT * scores[k] / max));
        }
        return new InvertedIndex(documents, terms, postingStarts, docs, impacts, positionStarts, positions);
    }

    private static int[] reserve(int[] rank, int[] sizes, int[] next) {
        int[] at = new int[rank.length];
        for (int local = 0; local < rank.length; local++) {
            at[local] = next[rank[local]];
            next[rank[local]] += sizes[local];
        }
        return at;
    }

    private static int[] starts(int[] sizes) {
        int[] starts = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            starts[i + 1] = starts[i] + sizes[i];
        }
        return starts;
    }
}
