package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 15: a long form that marks its acronym's letters reads as plain words in a title. */
class MarkedLongFormsTest {
    @Test
    void marksAreCapitalsInsideWordsNotNamesOrAcronyms() {
        assertTrue(MarkedLongForms.isMarked("Conditional advANtage estimatiON", "CANON"));
        assertTrue(MarkedLongForms.isMarked("REverse-Engineered Reasoning", "REER"));
        assertFalse(MarkedLongForms.isMarked("DeepSeek Guided Policy Search with LoRA Experts", "DGPS"));
    }

    @Test
    void spellsMarkedWordsPlainly() {
        assertEquals("Conditional advantage estimation", MarkedLongForms.unmarked("Conditional advANtage estimatiON"));
        assertEquals("Self-restraint for Materials", MarkedLongForms.unmarked("Self-resTRAINt for MAterials"));
    }

    @Test
    void theLongFormStartsAtItsFirstMarkedWord() {
        assertEquals(
                "REinforcement learning with Self-resTRAINt training",
                MarkedLongForms.from(
                        "REinforcement learning with Self-resTRAINt training", "resTRAINt training", "RESTRAIN"));
        assertEquals(
                "QUEry-modulated Spherical aTtention",
                MarkedLongForms.from(
                        "a formulation, QUEry-modulated Spherical aTtention",
                        "QUEry-modulated Spherical aTtention",
                        "QUEST"));
        assertNull(MarkedLongForms.from("Group Policy Gradient", "Group Policy Gradient", "GPG"));
    }
}
