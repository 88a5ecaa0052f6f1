package dev.sitegen.search;

import java.util.List;

/**
 * The documents and, for each term in sorted order, its postings in document order; the search index
 * before encoding. Postings of all terms share flat arrays (term {@code t} owns indexes
 * {@link #postingStart}..{@link #postingEnd}), so the index costs a few bytes per (term, document)
 * pair rather than an object. Han bigrams also own a run of {@link #position} values: per posting the
 * number of positions, then the positions.
 */
record InvertedIndex(
        List<SearchDocument> docs,
        String[] terms,
        int[] postingStarts,
        int[] postingDocs,
        byte[] impacts,
        int[] positionStarts,
        int[] positions) {

    /** A posting's impact is its term's BM25F score in the document, quantised to 1..MAX_IMPACT. */
    static final int MAX_IMPACT = 127;

    InvertedIndex {
        docs = List.copyOf(docs);
    }

    int termCount() {
        return terms.length;
    }

    /** Term {@code t}; terms ascend in {@link String#compareTo} order. */
    String term(int t) {
        return terms[t];
    }

    int postingStart(int t) {
        return postingStarts[t];
    }

    int postingEnd(int t) {
        return postingStarts[t + 1];
    }

    int doc(int posting) {
        return postingDocs[posting];
    }

    int impact(int posting) {
        return impacts[posting];
    }

    /** Whether term {@code t} keeps positions, which only Han bigrams do. */
    boolean positional(int t) {
        return positionStarts[t + 1] > positionStarts[t];
    }

    int positionStart(int t) {
        return positionStarts[t];
    }

    int position(int index) {
        return positions[index];
    }
}
