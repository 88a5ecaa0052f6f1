package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaperIdTest {
    @Test
    void runsOfWhiteSpaceCountAsOneSpace() {
        assertEquals(PaperId.of("two words"), PaperId.of(" two \n\t words\u2003"));
    }

    /** Every character Java calls white space, and no other, separates words like a space. */
    @Test
    void whiteSpaceIsWhatJavaCallsWhiteSpace() {
        String spaced = PaperId.of("a b");
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                String id = PaperId.of("a" + c + "b");
                assertEquals(Character.isWhitespace(c), id.equals(spaced), "U+" + Integer.toHexString(c));
            }
        }
    }
}
