package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.Catalog;
import org.junit.jupiter.api.Test;

class SimilarityGraphTest {

    private final Catalog catalog = CatalogFixture.catalog();
    private final TermVectors vectors = TermVectors.build(catalog, ps -> ps, s -> s);

    @Test
    void aShorterListIsAPrefixOfALongerOne() {
        // why the pages' five similar papers can be read off the map's longer lists
        SimilarityGraph five = SimilarityGraph.of(vectors, 2);
        SimilarityGraph ten = SimilarityGraph.of(vectors, 5);
        for (int d = 0; d < vectors.size(); d++) {
            for (int rank = 0; rank < five.degree(d); rank++) {
                assertEquals(five.neighbour(d, rank), ten.neighbour(d, rank));
            }
        }
    }

    @Test
    void relatedPapersAreTheSameFromALongerGraph() {
        assertEquals(
                RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS)),
                RelatedPapers.compute(catalog, vectors, SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS)));
    }

    @Test
    void listsBestFirstWithoutThePaperItself() {
        SimilarityGraph graph = SimilarityGraph.of(vectors, 5);
        for (int d = 0; d < graph.size(); d++) {
            for (int r = 0; r < graph.degree(d); r++) {
                assertEquals(false, graph.neighbour(d, r) == d);
                if (r > 0) {
                    assertEquals(true, graph.score(d, r) <= graph.score(d, r - 1));
                }
            }
        }
    }
}
