package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void findsTheLongFormWhoseWordsSpellTheAcronym() {
        assertEquals("Parallel Token Prediction", Acronyms.longForm("we propose Parallel Token Prediction", "PTP"));
        assertNull(Acronyms.longForm("we propose a method", "PTP"));
    }

    @Test
    void extendsAShortestMatchToTheWordTheAcronymStartsWith() {
        assertEquals("Supervised Fine-Tuning", Acronyms.longForm("method, Set Supervised Fine-Tuning", "SSFT"));
        assertEquals(
                "Set Supervised Fine-Tuning", Introductions.fullLongForm("method, Set Supervised Fine-Tuning", "SSFT"));
    }

    @Test
    void readsSpellingsFromText() {
        assertEquals(
                List.of(new Acronyms.Spelling("LLM", "large language models")),
                Acronyms.spellings("Many large language models (LLMs) reason."));
    }

    /** The word count of a long form is what splitting at the regex's white space and hyphens gives. */
    @Test
    void wordsAreWhatTheSplitGives() {
        String alphabet = "aZ9 -\t\n\u000B\f\r\u2003\u00a0漢\uD83D\uDE00";
        Random random = new Random(19);
        for (int n = 0; n < 5000; n++) {
            StringBuilder form = new StringBuilder("L");
            for (int i = random.nextInt(20); i > 0; i--) {
                form.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = form.toString();
            assertEquals(s.split("[\\s\\-]+").length, Acronyms.words(s), s);
        }
    }
}
