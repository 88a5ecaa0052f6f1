package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}
