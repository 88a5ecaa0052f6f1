package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvertedIndexBuilderTest {

    private final InvertedIndex index =
            new InvertedIndexBuilder(new PhraseTerms(Set.of())).build(Fixtures.smallCorpus());

    private int impact(String term, int doc) {
        return index.postings(term).stream()
                .filter(p -> p.doc() == doc)
                .findFirst()
                .orElseThrow()
                .impact();
    }

    @Test
    void ranksATitleMatchAboveAnAbstractMatch() {
        assertTrue(impact("guardspace", 0) > impact("guardspace", 1));
    }

    @Test
    void ranksARareTermAboveACommonOneInTheSameField() {
        // "alignment" is in two titles, "exploration" in one; both once in a one-word title.
        assertTrue(impact("exploration", 4) > impact("alignment", 2));
    }

    @Test
    void keepsPositionsOfHanBigramsOnly() {
        Posting safety = index.postings("安全").stream()
                .filter(p -> p.doc() == 2)
                .findFirst()
                .orElseThrow();
        Posting aligned = index.postings("对齐").stream()
                .filter(p -> p.doc() == 2)
                .findFirst()
                .orElseThrow();
        assertEquals(safety.positions().get(0) + 2, aligned.positions().get(0));
        assertTrue(index.postings("guardspace").get(0).positions().isEmpty());
    }

    @Test
    void separatesHanRunsSoAPhraseCannotSpanPunctuation() {
        Posting safety = index.postings("安全").stream()
                .filter(p -> p.doc() == 3)
                .findFirst()
                .orElseThrow();
        Posting aligned = index.postings("对齐").stream()
                .filter(p -> p.doc() == 3)
                .findFirst()
                .orElseThrow();
        // Consecutive positions would make "安全" + "对齐" look like one run; a query needs 全对 between them.
        assertTrue(aligned.positions().get(0) - safety.positions().get(0) >= 2);
    }

    @Test
    void matchesWordsNotSubstrings() {
        assertEquals(List.of(), index.postings("lora"));
        assertEquals(
                List.of(4),
                index.postings("exploration").stream().map(Posting::doc).toList());
    }

    @Test
    void indexesTagSpellingAndCanonicalName() {
        assertEquals(5, index.postings("llms").size());
        assertEquals(5, index.postings("llm").size());
    }

    @Test
    void quantisesImpactsIntoTheirRange() {
        for (int t = 0; t < index.termCount(); t++) {
            for (int k = index.postingStart(t); k < index.postingEnd(t); k++) {
                assertTrue(index.impact(k) >= 1 && index.impact(k) <= Posting.MAX_IMPACT, index.term(t));
            }
        }
    }

    @Test
    void sortsTermsAndListsEachDocumentOnceInOrder() {
        for (int t = 0; t + 1 < index.termCount(); t++) {
            assertTrue(index.term(t).compareTo(index.term(t + 1)) < 0, index.term(t));
        }
        for (int t = 0; t < index.termCount(); t++) {
            for (int k = index.postingStart(t); k + 1 < index.postingEnd(t); k++) {
                assertTrue(index.doc(k) < index.doc(k + 1), index.term(t));
            }
        }
    }

    @Test
    void countsTheSameWhateverTheBatchingOfDocuments() {
        List<SearchDocument> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(Fixtures.smallCorpus());
        }
        InvertedIndex big = new InvertedIndexBuilder(new PhraseTerms(Set.of())).build(many);
        // Every copy of a document scores alike, wherever its batch starts.
        List<Posting> postings = big.postings("guardspace");
        assertEquals(80, postings.size());
        assertEquals(postings.get(0).impact(), postings.get(78).impact());
        assertEquals(postings.get(1).impact(), postings.get(79).impact());
    }
}
