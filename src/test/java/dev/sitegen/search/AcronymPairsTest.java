package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymPairsTest {

    @Test
    void findsTheShortestLongFormWhoseWordsSpellTheAcronym() {
        assertEquals(
                List.of(new AcronymPairs.Pair("SD", "Speculative Decoding")),
                AcronymPairs.in("We accelerate LLMs with Speculative Decoding (SD)."));
        assertEquals(
                List.of(new AcronymPairs.Pair("LoRA", "Low-Rank Adaptation")),
                AcronymPairs.in("fine-tuned with Low-Rank Adaptation (LoRA) adapters"));
        assertEquals(
                List.of(new AcronymPairs.Pair("LLM", "Large Language Models")),
                AcronymPairs.in("Large Language Models (LLMs)"));
    }

    @Test
    void ignoresParenthesesThatAreNoAcronyms() {
        assertEquals(List.of(), AcronymPairs.in("accuracy (see Table 2) and results (85%)"));
        assertEquals(List.of(), AcronymPairs.in("a model (GPT) without its long form"));
    }
}
