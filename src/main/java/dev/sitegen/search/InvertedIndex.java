package dev.sitegen.search;

import java.util.List;

/**
 * The documents and, for each term in sorted order, its postings in document order; the search index
 * before encoding. Postings of all terms share flat arrays (term {@code t} owns indexes
 * {@link #postingStart}..{@link #postingEnd}), so the index costs a few bytes per (term, document)
 * pair rather than an object. Han bigrams also own a run of {@link #position} values: per posting the
 * number of positions, then the positions.
 */
public final class InvertedIndex {

    /** A posting's impact is its term's BM25F score in the document, quantised to 1..MAX_IMPACT. */
    public static final int MAX_IMPACT = 127;

    private final List<SearchDocument> docs;
    private final String[] terms;
    private final int[] postingStarts;
    private final int[] postingDocs;
    private final byte[] impacts;
    private final int[] positionStarts;
    private final int[] positions;

    InvertedIndex(
            List<SearchDocument> docs,
            String[] terms,
            int[] postingStarts,
            int[] postingDocs,
            byte[] impacts,
            int[] positionStarts,
            int[] positions) {
        this.docs = List.copyOf(docs);
        this.terms = terms;
        this.postingStarts = postingStarts;
        this.postingDocs = postingDocs;
        this.impacts = impacts;
        this.positionStarts = positionStarts;
        this.positions = positions;
    }

    public List<SearchDocument> docs() {
        return docs;
    }

    public int termCount() {
        return terms.length;
    }

    /** Term {@code t}; terms ascend in {@link String#compareTo} order. */
    public String term(int t) {
        return terms[t];
    }

    public int postingStart(int t) {
        return postingStarts[t];
    }

    public int postingEnd(int t) {
        return postingStarts[t + 1];
    }

    public int doc(int posting) {
        return postingDocs[posting];
    }

    public int impact(int posting) {
        return impacts[posting];
    }

    /** Whether term {@code t} keeps positions, which only Han bigrams do. */
    public boolean positional(int t) {
        return positionStarts[t + 1] > positionStarts[t];
    }

    public int positionStart(int t) {
        return positionStarts[t];
    }

    public int position(int index) {
        return positions[index];
    }
}
