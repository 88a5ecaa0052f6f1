package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One case per folding rule of {@link TagFolding}, each on spellings from the digest. */
class TagFoldingTest {

    private static void sameTag(String a, String b) {
        assertEquals(TagFolding.fold(a), TagFolding.fold(b), a + " and " + b + " should fold alike");
    }

    @Test
    void foldsCompatibilityForms() {
        sameTag("ＬｏＲＡ", "LoRA");
    }

    @Test
    void dropsAParenthesisedOptionalLeadWord() {
        sameTag("(Large) Language Models", "language models");
        assertNotEquals(TagFolding.fold("(Large) Language Models"), TagFolding.fold("Large Language Models"));
    }

    @Test
    void dropsAnAbbreviationAtTheEndOrInside() {
        sameTag("Parameter-Efficient Fine-Tuning (PEFT)", "parameter-efficient fine-tuning");
        sameTag("large language model (LLM) pre-training", "Large Language Model pre-training");
        sameTag("Large Language Models (LLMs)", "large language model");
    }

    @Test
    void keepsAParenthesisThatAbbreviatesNothing() {
        assertNotEquals(TagFolding.fold("Scale-stable dynamics (μP)"), TagFolding.fold("Scale-stable dynamics"));
    }

    @Test
    void foldsCase() {
        sameTag("In-Context Learning", "in-context learning");
    }

    @Test
    void foldsHyphensDashesAndUnderscores() {
        sameTag("Vision–Language Models", "vision language models");
        sameTag("Fine\u2011tuning", "fine tuning");
        sameTag("test_time_scaling", "Test-Time Scaling");
    }

    @Test
    void joinsAPrefixWrittenApartOrHyphenated() {
        sameTag("Multi-modal Large Language Model", "Multimodal Large Language Models");
        sameTag("Post Training", "posttraining");
        sameTag("auto-regressive models", "Autoregressive Models");
        assertNotEquals(TagFolding.fold("multi-agent"), TagFolding.fold("agent"));
    }

    @Test
    void foldsBritishSpellingsToAmerican() {
        sameTag("Generalisation", "generalization");
        sameTag("Tokenisation", "tokenization");
        sameTag("language modelling", "Language Modeling");
        sameTag("behaviour control", "behavior control");
        assertNotEquals(TagFolding.fold("four"), TagFolding.fold("for"), "only listed -our words change");
    }

    @Test
    void foldsPlurals() {
        sameTag("Transformers", "transformer");
        sameTag("Knowledge Graphs", "knowledge graph");
        assertNotEquals(TagFolding.fold("reasoning"), TagFolding.fold("reasoning models"));
    }

    @Test
    void spellsOutAcronymWordsInsideALongerTag() {
        Map<String, String> learnt =
                Map.of("llm", "large language model", "kv", "key value", "map", "maximum a posteriori");
        assertEquals(
                "Large Language Model Agents",
                TagFolding.expandAcronyms("LLM Agents", learnt::get)
                        .replace("large language model", "Large Language Model"));
        sameTag(TagFolding.expandAcronyms("kv cache", learnt::get), "key-value cache");
        assertEquals(
                "attention map",
                TagFolding.expandAcronyms("attention map", learnt::get),
                "a lower-case word with vowels is a word, not an acronym");
    }
}
