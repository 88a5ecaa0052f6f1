package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Catalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedPapersTest {

    private final Catalog catalog = CatalogFixture.catalog();
    private final Map<String, List<Related>> related = related();

    private Map<String, List<Related>> related() {
        TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);
        return RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS));
    }

    @Test
    void neverListsAPaperAsItsOwnNeighbour() {
        related.forEach((id, neighbours) ->
                neighbours.forEach(r -> assertFalse(r.paperId().equals(id), id)));
    }

    @Test
    void givesEveryPaperAnEntryInCatalogOrder() {
        assertEquals(catalog.papers().stream().map(p -> p.id()).toList(), List.copyOf(related.keySet()));
    }

    @Test
    void nearDuplicatesFindEachOtherFirst() {
        assertEquals("lora-b", related.get("lora-a").get(0).paperId());
        assertEquals("lora-a", related.get("lora-b").get(0).paperId());
        assertTrue(
                related.get("lora-a").get(0).score() > 0.8,
                "score " + related.get("lora-a").get(0).score());
    }

    @Test
    void isSymmetricForTheClosestPairs() {
        assertEquals("rl-code", related.get("rl-math").get(0).paperId());
        assertEquals("rl-math", related.get("rl-code").get(0).paperId());
        assertEquals(
                related.get("rl-math").get(0).score(),
                related.get("rl-code").get(0).score(),
                1e-12);
    }

    @Test
    void explainsWithSharedTagNamesAndTerms() {
        Related twin = related.get("lora-a").get(0);
        assertEquals(List.of("LoRA", "PEFT"), twin.sharedTags());
        assertTrue(twin.sharedTerms().contains("low-rank"), twin.sharedTerms().toString());
        assertTrue(twin.sharedTerms().size() <= RelatedPapers.SHARED_TERMS);
    }

    @Test
    void ordersNeighboursByDescendingScore() {
        related.values().forEach(list -> {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(list.get(i - 1).score() >= list.get(i).score(), list.toString());
            }
            assertTrue(list.size() <= RelatedPapers.NEIGHBOURS);
        });
    }

    @Test
    void isDeterministic() {
        assertEquals(related, related());
    }
}
