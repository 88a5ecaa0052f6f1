package dev.sitegen.search;

/**
 * BM25F over the weighted {@link SearchField}s. The per-document length norms and per-term idf are
 * computed once each, and {@link #score} combines them.
 */
final class Bm25f {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final SearchField[] FIELDS = SearchField.values();

    private final double[] avgLength;
    private final int docs;

    /** {@code totalLength[f]} is the summed length of field f over all {@code docs} documents. */
    Bm25f(double[] totalLength, int docs) {
        avgLength = new double[FIELDS.length];
        for (int f = 0; f < avgLength.length; f++) {
            avgLength[f] = docs == 0 ? 0 : totalLength[f] / docs;
        }
        this.docs = docs;
    }

    double idf(int df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** The length norm of each field of a document with these field lengths. */
    double[] norms(int[] lengths) {
        double[] norms = new double[FIELDS.length];
        for (int f = 0; f < norms.length; f++) {
            norms[f] = 1 - B + B * lengths[f] / avgLength[f];
        }
        return norms;
    }

    double score(int[] tf, double[] norms, double idf) {
        double weighted = 0;
        for (SearchField field : FIELDS) {
            int f = field.ordinal();
            if (tf[f] > 0) {
                weighted += field.weight() * tf[f] / norms[f];
            }
        }
        return idf * weighted * (K1 + 1) / (K1 + weighted);
    }
}
