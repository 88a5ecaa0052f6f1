package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupPhraseTest {
    @Test
    void quotesSixPlainWordsOfTheSentenceThatIntroducesTheMethod() {
        assertEquals(
                Optional.of("a guardrail framework for preserving safety"),
                LookupPhrase.of(
                        "Safety is fragile. To address this, we propose GuardSpace, a guardrail framework for preserving "
                                + "safety alignment. It works.",
                        Optional.of("GuardSpace")));
    }

    @Test
    void skipsNumbersAndTexThatThePaperMayTypesetDifferently() {
        assertEquals(
                Optional.of("show that sparse models reason better"),
                LookupPhrase.of(
                        "Background 1. We $x$ 3.5 show that sparse models reason better than dense ones.",
                        Optional.empty()));
    }

    @Test
    void noPhraseWhenNoRunOfPlainWords() {
        assertEquals(Optional.empty(), LookupPhrase.of("A B. C d.", Optional.empty()));
    }

    @Test
    void aSummaryThatRestatesTheTitleIsAnEcho() {
        assertTrue(TitleEcho.repeats(
                "PTP: Parallel Token Prediction for Language Models",
                "We propose parallel token prediction for language models, which is fast."));
        assertFalse(TitleEcho.repeats(
                "PTP: Parallel Token Prediction for Language Models",
                "Decoding one token at a time wastes compute; predicting several at once keeps quality."));
    }
}
