package dev.sitegen.discover;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermSplitterTest {

    @Test
    void splitsHanRunsIntoOverlappingBigrams() {
        assertEquals(List.of("思维", "维链"), TermSplitter.split("思维链"));
    }

    @Test
    void lowerCasesWordsAndDropsStopWordsNumbersAndSingleLetters() {
        assertEquals(List.of("lora", "fine-tuning", "7b", "model"), TermSplitter.split("We use LoRA for fine-tuning a 7B model, 2026."));
    }

    @Test
    void separatesHanFromLatinText() {
        assertEquals(List.of("提出", "guardspace", "框架"), TermSplitter.split("提出GuardSpace框架"));
    }
}
