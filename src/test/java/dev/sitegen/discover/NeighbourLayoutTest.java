package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeighbourLayoutTest {

    private final TermVectors vectors = TermVectors.build(CatalogFixture.catalog(), ps -> ps, s -> s);
    private final SimilarityGraph graph = SimilarityGraph.of(vectors, PaperMap.NEIGHBOURS);

    @Test
    void givesTheSamePositionsEveryRun() {
        double[][] a = start();
        double[][] b = start();
        NeighbourLayout.optimise(graph, a[0], a[1]);
        NeighbourLayout.optimise(graph, b[0], b[1]);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }

    @Test
    void keepsEveryPositionFinite() {
        double[][] p = start();
        NeighbourLayout.optimise(graph, p[0], p[1]);
        for (int d = 0; d < p[0].length; d++) {
            assertTrue(Double.isFinite(p[0][d]) && Double.isFinite(p[1][d]), "paper " + d);
        }
    }

    @Test
    void spendsFewerEpochsPerPaperOnAVeryLargeCatalogButNeverFewerThanTheFloor() {
        // issue 18: the map must stay cheap at 50 times the digest
        assertEquals(NeighbourLayout.EPOCHS, NeighbourLayout.epochs(803));
        assertEquals(NeighbourLayout.EPOCHS, NeighbourLayout.epochs(NeighbourLayout.FULL_EPOCHS_UP_TO));
        assertEquals(NeighbourLayout.MIN_EPOCHS, NeighbourLayout.epochs(40_150));
        assertEquals(NeighbourLayout.MIN_EPOCHS, NeighbourLayout.epochs(1_000_000));
    }

    private double[][] start() {
        double[][] p = new double[2][graph.size()];
        for (int d = 0; d < graph.size(); d++) {
            p[0][d] = d;
            p[1][d] = d % 3;
        }
        return p;
    }
}
