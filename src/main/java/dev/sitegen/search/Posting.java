package dev.sitegen.search;

import java.util.List;

/**
 * One document's entry in a term's posting list: the document's index, the term's quantised BM25F
 * impact in it (1–{@value #MAX_IMPACT}) and, for Han bigrams only, its positions.
 */
public record Posting(int doc, int impact, List<Integer> positions) {

    public static final int MAX_IMPACT = 127;

    public Posting {
        if (impact < 1 || impact > MAX_IMPACT) {
            throw new IllegalArgumentException("impact must be in 1.." + MAX_IMPACT + ", was " + impact);
        }
        positions = List.copyOf(positions);
    }
}
