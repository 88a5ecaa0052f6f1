package dev.sitegen.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every distinct term of the corpus an int id, from any thread; ids are dense but their order
 * depends on scheduling, so {@link #sorted} renumbers them in term order once counting is done.
 */
final class Lexicon {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int id(String term) {
        Integer id = ids.get(term);
        return id != null ? id : ids.computeIfAbsent(term, t -> next.getAndIncrement());
    }

    /** The terms in {@link String#compareTo} order, and for each id the rank of its term in it. */
    Sorted sorted() {
        String[] terms = ids.keySet().toArray(new String[0]);
        Arrays.parallelSort(terms);
        int[] rank = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            rank[ids.get(terms[i])] = i;
        }
        return new Sorted(terms, rank);
    }

    /** Terms in order and the renumbering of ids into that order. */
    record Sorted(String[] terms, int[] rank) {}
}
