package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 15: a title has nothing before it, so nothing in it points back. */
class BackReferencesTest {
    @Test
    void dropsThePhraseThatPointsBack() {
        assertEquals("memory-layer architecture", BackReferences.without("memory-layer architecture closing this gap"));
        assertEquals("strategy", BackReferences.without("strategy to address the above limitations"));
        assertEquals(
                "synthetic dataset", BackReferences.without("synthetic dataset enabling us to study memorization"));
    }

    @Test
    void keepsTheMeansOfWhatPointsBack() {
        assertEquals(
                "distilling knowledge from a compressed cache",
                BackReferences.without("bridging this gap by distilling knowledge from a compressed cache"));
    }

    @Test
    void aVerbPhraseOnAPointerAloneIsEmptyAStatementStays() {
        assertEquals("", BackReferences.without("handling such complex constraints"));
        assertEquals("", BackReferences.without("to tackle this challenge"));
        assertEquals("", BackReferences.without("addressing limitations through two key innovations"));
        assertEquals("addressing limitations of judges", BackReferences.without("addressing limitations of judges"));
        assertEquals("", BackReferences.without("by our discovery that residuals are low-rank"));
        assertEquals(
                "a scaling law describes this relationship",
                BackReferences.without("a scaling law describes this relationship"));
    }

    @Test
    void itAfterAnInfinitiveEndsAThoughtAndSuchAsIsNoPointer() {
        assertEquals("models fail to use it", BackReferences.without("models fail to use it"));
        assertEquals("tasks such as coding", BackReferences.without("tasks such as coding"));
    }
}
