package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 15: where a title phrase may be cut. */
class PhraseCutTest {
    @Test
    void aCutNeverSeparatesTwoModifiersOfOneNoun() {
        assertEquals(
                "site agent", PhraseCut.cut("site agent leveraging comprehensive and multi-level visual feedback", 40));
        assertEquals("Sparse Recall", PhraseCut.cut("Sparse Recall According to the Budget", 20));
    }

    @Test
    void bothWaitsForItsAnd() {
        assertEquals(
                "toolkit providing tools",
                PhraseCut.cut("toolkit providing tools to both detect and remove repeated phrases", 50));
    }
}
