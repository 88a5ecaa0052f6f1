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

    @Test
    void betweenWaitsForItsAnd() {
        assertEquals(
                "risk-seeking objective",
                PhraseCut.cut("risk-seeking objective interpolating between mean and variance of the reward", 50));
    }

    @Test
    void aLoneWordCoordinatedBeforeANounIsAModifier() {
        assertEquals(
                "policy optimization",
                PhraseCut.cut("policy optimization providing dense and intrinsic rewards to agents", 50));
        assertEquals(
                "training single-objective and multi-objective",
                PhraseCut.cut("training single-objective and multi-objective regression-based reward functions", 50));
    }

    @Test
    void aCommaBetweenTwoModifiersIsNoPhraseEnd() {
        assertEquals(
                "agentic benchmark for retrieval",
                PhraseCut.cut("agentic benchmark for retrieval with long, step-wise reasoning chains", 45));
        assertEquals(
                "agents running in parallel",
                PhraseCut.cut("agents running in parallel, each with its own tools and memory", 30));
    }

    @Test
    void aCompoundModifierNeverEndsAPhrase() {
        assertEquals("reward model", PhraseCut.cut("reward model with token-level", 40));
        assertEquals("vision-language model", PhraseCut.cut("vision-language model built", 40));
        assertEquals("improving pretraining", PhraseCut.cut("improving pretraining with a focus", 40));
    }

    @Test
    void aVerbAfterANamesWordsNeverEndsWithoutItsObject() {
        assertEquals("Dynamic Sparsification", PhraseCut.cut("Dynamic Sparsification identifying", 40));
        assertEquals("adapting neuron scheduling", PhraseCut.cut("adapting neuron scheduling", 40));
        assertEquals("steering models", PhraseCut.cut("steering models by detecting", 40));
    }
}
