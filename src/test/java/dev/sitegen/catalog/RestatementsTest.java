package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 15: a title says each thing once. */
class RestatementsTest {
    @Test
    void dropsAClosingPhraseThatOnlyRepeatsTheTitle() {
        assertEquals(
                "Textual Equilibrium Propagation",
                Restatements.without("TEP", "Textual Equilibrium Propagation by Equilibrium Propagation"));
        assertEquals(
                "Exploration-Enhanced Policy Optimization",
                Restatements.without("EEPO", "Exploration-Enhanced Policy Optimization Promoting Exploration"));
        assertEquals(
                "Inference Acceleration Framework",
                Restatements.without("ES-dLLM", "Inference Acceleration Framework for dLLM"));
    }

    @Test
    void aClosingPhraseHasItsOpeningWord() {
        assertEquals(
                "Remasking-enabled Diffusion Model",
                Restatements.without("RemeDi", "Remasking-enabled Diffusion Model introducing remasking"));
    }

    @Test
    void keepsAPhraseThatAddsAWord() {
        assertEquals(
                "Tree-Based Policy Optimization Based on Tree Search",
                Restatements.without("TGPO", "Tree-Based Policy Optimization Based on Tree Search"));
    }

    @Test
    void neverLeavesASingleWord() {
        assertEquals(
                "Paradigm, Treating Instructions",
                Restatements.without("Instruction-as-Reasoning", "Paradigm, Treating Instructions"));
    }

    @Test
    void dropsAClosingPhraseThatOnlyCountsParts() {
        assertEquals(
                "Enhancing Inference Efficiency",
                Restatements.without("X", "Enhancing Inference Efficiency Through Two Components"));
        assertEquals(
                "Coarse-to-Fine Framework", Restatements.without("", "Coarse-to-Fine Framework with Three Stages"));
    }

    @Test
    void keepsTheSecondOfTwoVerbs() {
        assertEquals(
                "Speech LLM Understanding and Generating Speech",
                Restatements.without("", "Speech LLM Understanding and Generating Speech"));
    }
}
