package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void givesATermTheSameIdEveryTime() {
        Lexicon lexicon = new Lexicon();
        int lora = lexicon.id("lora");
        assertEquals(lora, lexicon.id(new String("lora")));
        assertEquals(1, lexicon.id("adapter") + lora);
    }

    @Test
    void ranksIdsInTermOrder() {
        Lexicon lexicon = new Lexicon();
        int zeta = lexicon.id("zeta");
        int alpha = lexicon.id("alpha");
        int han = lexicon.id("安全");
        Lexicon.Sorted sorted = lexicon.sorted();
        assertArrayEquals(new String[] {"alpha", "zeta", "安全"}, sorted.terms());
        assertEquals(0, sorted.rank()[alpha]);
        assertEquals(1, sorted.rank()[zeta]);
        assertEquals(2, sorted.rank()[han]);
    }
}
