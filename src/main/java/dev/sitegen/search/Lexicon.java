package dev.sitegen.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's terms in {@link String#compareTo} order, merged from the vocabularies of the counting
 * {@link TermBatch batches}: each batch sorts its own terms, then one k-way merge ranks every term, so
 * no shared map is touched while counting and the corpus's terms are never sorted as a whole.
 *
 * @param terms every distinct term, ascending
 * @param ranks per batch, per term id local to it, the index of the term in {@code terms}
 */
record Lexicon(String[] terms, int[][] ranks) {

    /** Merges the vocabularies of the batches, in batch order. */
    static Lexicon merge(List<TermBatch> batches) {
        String[][] sorted = new String[batches.size()][];
        int[][] ranks = new int[batches.size()][];
        for (int b = 0; b < sorted.length; b++) {
            sorted[b] = batches.get(b).terms();
            ranks[b] = new int[sorted[b].length];
        }
        List<String> terms = new ArrayList<>();
        BatchHeap heap = new BatchHeap(sorted);
        while (!heap.isEmpty()) {
            int b = heap.min();
            int i = heap.position(b);
            if (terms.isEmpty() || !terms.get(terms.size() - 1).equals(sorted[b][i])) {
                terms.add(sorted[b][i]);
            }
            ranks[b][batches.get(b).localIds()[i]] = terms.size() - 1;
            heap.advance();
        }
        return new Lexicon(terms.toArray(new String[0]), ranks);
    }
}
