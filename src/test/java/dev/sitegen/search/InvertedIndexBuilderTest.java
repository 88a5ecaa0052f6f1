package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.text.ContentMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvertedIndexBuilderTest {

    private final InvertedIndex index =
            new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.empty()).build(Fixtures.smallCorpus());

    /** One document's entry in a term's posting list; positions for Han bigrams only. */
    record Posting(int doc, int impact, List<Integer> positions) {}

    /** The postings of {@code term}, empty when no document has it. */
    private static List<Posting> postings(InvertedIndex index, String term) {
        List<Posting> out = new ArrayList<>();
        for (int t = 0; t < index.termCount(); t++) {
            if (!index.term(t).equals(term)) {
                continue;
            }
            int p = index.positionStart(t);
            for (int k = index.postingStart(t); k < index.postingEnd(t); k++) {
                List<Integer> positions = new ArrayList<>();
                int count = index.positional(t) ? index.position(p++) : 0;
                for (int i = 0; i < count; i++) {
                    positions.add(index.position(p++));
                }
                out.add(new Posting(index.doc(k), index.impact(k), positions));
            }
        }
        return out;
    }

    private Posting posting(String term, int doc) {
        return postings(index, term).stream()
                .filter(p -> p.doc() == doc)
                .findFirst()
                .orElseThrow();
    }

    private int impact(String term, int doc) {
        return posting(term, doc).impact();
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
        Posting safety = posting("安全", 2);
        Posting aligned = posting("对齐", 2);
        assertEquals(safety.positions().get(0) + 2, aligned.positions().get(0));
        assertTrue(postings(index, "guardspace").get(0).positions().isEmpty());
    }

    @Test
    void separatesHanRunsSoAPhraseCannotSpanPunctuation() {
        Posting safety = posting("安全", 3);
        Posting aligned = posting("对齐", 3);
        // Consecutive positions would make "安全" + "对齐" look like one run; a query needs 全对 between them.
        assertTrue(aligned.positions().get(0) - safety.positions().get(0) >= 2);
    }

    @Test
    void matchesWordsNotSubstrings() {
        assertEquals(List.of(), postings(index, "lora"));
        assertEquals(
                List.of(4),
                postings(index, "exploration").stream().map(Posting::doc).toList());
    }

    @Test
    void indexesTagSpellingAndCanonicalName() {
        assertEquals(5, postings(index, "llms").size());
        assertEquals(5, postings(index, "llm").size());
    }

    @Test
    void quantisesImpactsIntoTheirRange() {
        for (int t = 0; t < index.termCount(); t++) {
            for (int k = index.postingStart(t); k < index.postingEnd(t); k++) {
                assertTrue(index.impact(k) >= 1 && index.impact(k) <= InvertedIndex.MAX_IMPACT, index.term(t));
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
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(Fixtures.smallCorpus());
        }
        InvertedIndex big = new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.empty()).build(many);
        // Every copy of a document scores alike, wherever its batch starts.
        List<Posting> postings = postings(big, "guardspace");
        assertEquals(80, postings.size());
        assertEquals(postings.get(0).impact(), postings.get(78).impact());
        assertEquals(postings.get(1).impact(), postings.get(79).impact());
    }

    @Test
    void aMemoKeepsUnchangedBatchesAndIndexesAnEditLikeAFreshBuild() {
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(Fixtures.smallCorpus());
        }
        ContentMemo memo = new ContentMemo();
        new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.of(memo)).build(many);
        memo.startBuild();
        SearchDocument edited = many.get(100);
        many.set(
                100,
                new SearchDocument(
                        edited.id(),
                        edited.url(),
                        edited.title(),
                        edited.method(),
                        edited.topic(),
                        edited.tags(),
                        edited.tldr(),
                        edited.fieldsText(),
                        edited.abstractText() + " Zeppelins.",
                        edited.sourceLine()));

        InvertedIndex kept = new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.of(memo)).build(many);
        InvertedIndex fresh = new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.empty()).build(many);

        assertEquals(
                List.of(100),
                postings(kept, "zeppelins").stream().map(Posting::doc).toList());
        assertEquals(everyPosting(fresh), everyPosting(kept));
        // Reused or not, each batch can be filled again: filling empties its own copy of the documents.
        assertEquals(
                everyPosting(fresh),
                everyPosting(new InvertedIndexBuilder(new PhraseTerms(Set.of()), Optional.of(memo)).build(many)));
    }

    /** Every term with its postings, in term order. */
    private static List<String> everyPosting(InvertedIndex index) {
        List<String> all = new ArrayList<>();
        for (int t = 0; t < index.termCount(); t++) {
            all.add(index.term(t) + " " + postings(index, index.term(t)));
        }
        return all;
    }
}
