package dev.sitegen.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The corpus's terms in {@link String#compareTo} order, merged from the vocabularies of the counting
 * {@link TermBatch batches}: each batch sorts its own terms, then pairs of sorted lists are merged,
 * level by level and in parallel, so no shared map is touched while counting and the corpus's terms
 * are never sorted as a whole.
 *
 * @param terms every distinct term, ascending
 * @param ranks per batch, per term id local to it, the index of the term in {@code terms}
 */
record Lexicon(String[] terms, int[][] ranks) {

    /** Merges the vocabularies of the batches, in batch order. */
    static Lexicon merge(List<TermBatch> batches) {
        List<Lexicon> parts = batches.stream().map(Lexicon::of).toList();
        while (parts.size() > 1) {
            List<Lexicon> level = parts;
            parts = IntStream.range(0, (level.size() + 1) / 2)
                    .parallel()
                    .mapToObj(i ->
                            2 * i + 1 < level.size() ? level.get(2 * i).with(level.get(2 * i + 1)) : level.get(2 * i))
                    .toList();
        }
        return parts.isEmpty() ? new Lexicon(new String[0], new int[0][]) : parts.get(0);
    }

    /** One batch's vocabulary as a lexicon of its own. */
    private static Lexicon of(TermBatch batch) {
        int[] rank = new int[batch.localIds().length];
        for (int i = 0; i < rank.length; i++) {
            rank[batch.localIds()[i]] = i;
        }
        return new Lexicon(batch.terms(), new int[][] {rank});
    }

    /** This lexicon merged with {@code next}, whose batches follow this one's. */
    private Lexicon with(Lexicon next) {
        String[] a = terms;
        String[] b = next.terms;
        String[] merged = new String[a.length + b.length];
        int[] fromA = new int[a.length];
        int[] fromB = new int[b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int order = a[i].compareTo(b[j]);
            merged[n] = order <= 0 ? a[i] : b[j];
            if (order <= 0) {
                fromA[i++] = n;
            }
            if (order >= 0) {
                fromB[j++] = n;
            }
            n++;
        }
        while (i < a.length) {
            merged[n] = a[i];
            fromA[i++] = n++;
        }
        while (j < b.length) {
            merged[n] = b[j];
            fromB[j++] = n++;
        }
        int[][] mergedRanks = new int[ranks.length + next.ranks.length][];
        for (int batch = 0; batch < mergedRanks.length; batch++) {
            boolean mine = batch < ranks.length;
            int[] rank = mine ? ranks[batch] : next.ranks[batch - ranks.length];
            int[] to = mine ? fromA : fromB;
            mergedRanks[batch] = new int[rank.length];
            for (int local = 0; local < rank.length; local++) {
                mergedRanks[batch][local] = to[rank[local]];
            }
        }
        return new Lexicon(Arrays.copyOf(merged, n), mergedRanks);
    }
}
