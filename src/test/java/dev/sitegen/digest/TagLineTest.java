package dev.sitegen.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagLineTest {
    @Test
    void splitsOnHashSemicolonAndCommaButNotInsideParentheses() {
        assertEquals(
                List.of("LLM Reasoning", "Test-Time Training", "Textual Optimization"),
                TagLine.read("#LLM Reasoning #Test-Time Training;Textual Optimization")
                        .tags());
        assertEquals(
                List.of("LLM Fine-tuning (SFT, SimPO)", "RL"),
                TagLine.read("#LLM Fine-tuning (SFT, SimPO), RL").tags());
    }

    @Test
    void dropsTrailingPunctuationAndLeakedAbstractLabel() {
        assertEquals(
                List.of("Test time scaling", "Length control"),
                TagLine.read("#Test time scaling #Length control Abstract:").tags());
        assertEquals(
                List.of("RAG", "Reasoning"), TagLine.read("#RAG. #Reasoning+").tags());
    }

    @Test
    void ignoresUnbalancedParenthesis() {
        assertEquals(
                List.of("LLM Fine-tuning (SFT", "SimPO"),
                TagLine.read("#LLM Fine-tuning (SFT, SimPO").tags());
    }

    /** Issue 16: the digest's line 861 listed tags inside parentheses with '#'. */
    @Test
    void readsHashesInsideParenthesesAsTagsAndWarns() {
        TagLine.Reading r = TagLine.read("#LLM Fine-tuning (SFT #DPO #SimPO); Data selection; Holdout loss");
        assertEquals(List.of("LLM Fine-tuning", "SFT", "DPO", "SimPO", "Data selection", "Holdout loss"), r.tags());
        assertEquals(1, r.warnings().size());
        assertTrue(
                r.warnings().get(0).contains("'#' inside parentheses"),
                r.warnings().get(0));
    }

    /** Issue 16: the digest's line 8134 is one sentence-long tag, probably several tags without their '#'. */
    @Test
    void warnsAtALineWhoseOnlyTagIsASentence() {
        TagLine.Reading r = TagLine.read("#large vision-language models multi-round visual reasoning");
        assertEquals(List.of("large vision-language models multi-round visual reasoning"), r.tags());
        assertEquals(1, r.warnings().size());
        assertTrue(
                r.warnings().get(0).contains("more than 6 words"), r.warnings().get(0));
    }

    @Test
    void aPlainLineHasNoWarning() {
        assertEquals(List.of(), TagLine.read("#log #generation #KV cache").warnings());
        assertEquals(
                List.of("log", "generation", "KV cache"),
                TagLine.read("#log #generation #KV cache").tags());
    }
}
