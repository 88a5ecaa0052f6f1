package dev.sitegen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The run search agrees with the regex's own find from every start, on text made of the characters that matter. */
    @Test
    void plainRunFindsWhatTheRegexFinds() {
        String alphabet = "ab Zy-'’1,.é\t";
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sentence = text.toString();
            for (int from = 0; from <= sentence.length(); from++) {
                Matcher regex = LookupPhrase.PLAIN_RUN.matcher(sentence);
                Optional<String> expected = regex.find(from) ? Optional.of(regex.group()) : Optional.empty();
                assertEquals(expected, LookupPhrase.plainRun(sentence, from), sentence + " from " + from);
            }
        }
    }

    /** The one-pass sentence split gives what the sentence regex's find gives, including marks inside words. */
    @Test
    void sentencesAreWhatTheRegexFinds() {
        String alphabet = "ab .!?1\n\t\u2028\u0085";
        Random random = new Random(13);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            Matcher regex = Pattern.compile("[^.!?]+(?:[.!?](?=\\s|$)|$)").matcher(text);
            while (regex.find()) {
                expected.add(regex.group());
            }
            assertEquals(expected, LookupPhrase.sentences(text.toString()), text.toString());
        }
    }
}
