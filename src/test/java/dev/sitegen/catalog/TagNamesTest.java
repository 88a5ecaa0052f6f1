package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagNamesTest {

    private static Map<String, Integer> counts(Object... spellingAndCount) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < spellingAndCount.length; i += 2) {
            counts.put((String) spellingAndCount[i], (Integer) spellingAndCount[i + 1]);
        }
        return counts;
    }

    @Test
    void showsTheMajoritySpellingWithItsCapitals() {
        // 13 papers write "pretraining", 9 "Pretraining": one spelling case aside, shown as written with a capital.
        assertEquals("Pretraining", TagNames.display(counts("pretraining", 13, "Pretraining", 9, "Pre-training", 5)));
        assertEquals("LoRA", TagNames.display(counts("LoRA", 9, "low-rank adaptation", 2, "lora", 1)));
        assertEquals("vLLM", TagNames.display(counts("vLLM", 1)));
    }

    @Test
    void majorityIsCountedCaseAsideSoAOneOffCapitalDoesNotWin() {
        assertEquals("Tokenization", TagNames.display(counts("tokenization", 4, "Tokenisation", 1)));
        assertEquals("Verifiers", TagNames.display(counts("verifers", 1, "Verifiers", 1)), "a tie goes to capitals");
    }

    @Test
    void capitalisesOnlyWhenEverySpellingIsLowerCase() {
        assertEquals("Safety Preservation", TagNames.display(counts("safety preservation", 1)));
        assertEquals("Learning of Experts with Tools", TagNames.capitalised("learning of experts with tools"));
    }

    @Test
    void junkIsTooLongOneGenericWordOrTheWholeField() {
        assertEquals(
                Optional.of("longer than 6 words"),
                TagNames.junk("large vision-language models multi-round visual reasoning"));
        assertEquals(Optional.of("one generic word"), TagNames.junk("generation"));
        assertEquals(Optional.of("one generic word"), TagNames.junk("log"));
        assertEquals(Optional.of("one generic word"), TagNames.junk("Method"));
        assertEquals(Optional.of("names the whole field"), TagNames.junk("Machine Learning"));
        assertTrue(TagNames.junk("Performance Prediction").isEmpty(), "two generic words can name a subject");
        assertTrue(TagNames.junk("Reinforcement Learning from Human Feedback (RLHF)")
                .isEmpty());
        assertTrue(TagNames.junk("KV cache").isEmpty());
    }
}
