package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    /** A batch with only a vocabulary: {@code terms} ascending, {@code localIds} the id of each. */
    private static TermBatch batch(String[] terms, int[] localIds) {
        return new TermBatch(
                0,
                new DocTerms[0],
                terms,
                localIds,
                new int[terms.length],
                new int[terms.length],
                new long[DocTerms.FIELDS]);
    }

    @Test
    void mergesBatchVocabulariesIntoOneSortedListWithoutDuplicates() {
        Lexicon lexicon = Lexicon.merge(List.of(
                batch(new String[] {"alpha", "zeta", "安全"}, new int[] {2, 0, 1}),
                batch(new String[] {}, new int[] {}),
                batch(new String[] {"beta", "zeta"}, new int[] {1, 0})));
        assertArrayEquals(new String[] {"alpha", "beta", "zeta", "安全"}, lexicon.terms());
        // Batch 0's local ids 0, 1, 2 are zeta, 安全, alpha.
        assertArrayEquals(new int[] {2, 3, 0}, lexicon.ranks()[0]);
        assertArrayEquals(new int[] {}, lexicon.ranks()[1]);
        assertArrayEquals(new int[] {2, 1}, lexicon.ranks()[2]);
    }

    @Test
    void mergesManyBatchesWhateverTheirCount() {
        String[][] vocabularies = {{"b", "d", "f"}, {"a", "d"}, {"c"}, {"e", "g", "h"}, {"a", "h"}};
        List<TermBatch> batches = new java.util.ArrayList<>();
        for (String[] vocabulary : vocabularies) {
            batches.add(batch(
                    vocabulary,
                    java.util.stream.IntStream.range(0, vocabulary.length).toArray()));
        }
        Lexicon lexicon = Lexicon.merge(batches);
        assertArrayEquals(new String[] {"a", "b", "c", "d", "e", "f", "g", "h"}, lexicon.terms());
        for (int b = 0; b < vocabularies.length; b++) {
            for (int local = 0; local < vocabularies[b].length; local++) {
                assertEquals(vocabularies[b][local], lexicon.terms()[lexicon.ranks()[b][local]]);
            }
        }
    }

    @Test
    void isEmptyWithoutBatches() {
        assertEquals(0, Lexicon.merge(List.of()).terms().length);
    }

    @Test
    void ordersTermsAsStringCompareToDoes() {
        // UTF-16 order puts supplementary characters (surrogates, D800…) before U+E000…U+FFFF.
        Lexicon lexicon = Lexicon.merge(
                List.of(batch(new String[] {"\uFF41"}, new int[] {0}), batch(new String[] {"𠀀"}, new int[] {0})));
        assertArrayEquals(new String[] {"𠀀", "\uFF41"}, lexicon.terms());
    }
}
