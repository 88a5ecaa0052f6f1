package dev.sitegen.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagLineTest {
    @Test
    void splitsOnHashSemicolonAndCommaButNotInsideParentheses() {
        assertEquals(List.of("LLM Reasoning", "Test-Time Training", "Textual Optimization"),
                TagLine.split("#LLM Reasoning #Test-Time Training;Textual Optimization"));
        assertEquals(List.of("LLM Fine-tuning (SFT, SimPO)", "RL"), TagLine.split("#LLM Fine-tuning (SFT, SimPO), RL"));
    }

    @Test
    void dropsTrailingPunctuationAndLeakedAbstractLabel() {
        assertEquals(List.of("Test time scaling", "Length control"), TagLine.split("#Test time scaling #Length control Abstract:"));
        assertEquals(List.of("RAG", "Reasoning"), TagLine.split("#RAG. #Reasoning+"));
    }

    @Test
    void ignoresUnbalancedParenthesis() {
        assertEquals(List.of("LLM Fine-tuning (SFT", "SimPO"), TagLine.split("#LLM Fine-tuning (SFT, SimPO"));
    }
}
