package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermDictionaryTest {

    @Test
    void numbersTermsInOrderOfFirstAddition() {
        TermDictionary dictionary = new TermDictionary();
        assertEquals(0, dictionary.add("lora"));
        assertEquals(1, dictionary.add("思维"));
        assertEquals(0, dictionary.add("lora"));
        assertEquals(2, dictionary.size());
        assertEquals("思维", dictionary.terms()[1]);
    }

    @Test
    void findsATermFromASliceOfALargerArray() {
        TermDictionary dictionary = new TermDictionary();
        int id = dictionary.add("lora");
        char[] text = "xxloraxx".toCharArray();
        assertEquals(id, dictionary.add(text, 2, 4));
        assertTrue(dictionary.contains(text, 2, 4));
        assertFalse(dictionary.contains(text, 1, 4));
        assertEquals(1, dictionary.size());
    }

    @Test
    void keepsIdsAndOrderWhileGrowing() {
        TermDictionary dictionary = new TermDictionary();
        String[] expected = new String[5000];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = "term" + i;
            assertEquals(i, dictionary.add(expected[i]));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(i, dictionary.add(expected[i]));
        }
        assertArrayEquals(expected, dictionary.terms());
    }
}
