package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTableTest {

    @Test
    void numbersDistinctTermsInFirstSeenOrder() {
        TermTable table = new TermTable();
        String text = "kv cache kv 安全";
        assertEquals(0, table.add(text, 0, 2));
        assertEquals(1, table.add(text, 3, 8));
        assertEquals(0, table.add(text, 9, 11));
        assertEquals(2, table.add(text, 12, 14));
        assertEquals(3, table.size());
        assertEquals(List.of("kv", "cache", "安全"), List.of(table.term(0), table.term(1), table.term(2)));
    }

    @Test
    void tellsApartTermsThatShareAPrefixOrAHash() {
        TermTable table = new TermTable();
        // "Aa" and "BB" have the same String hash code.
        String text = "Aa BB A";
        assertEquals(0, table.add(text, 0, 2));
        assertEquals(1, table.add(text, 3, 5));
        assertEquals(2, table.add(text, 6, 7));
        assertEquals(1, table.add("BB", 0, 2));
    }

    @Test
    void keepsEveryTermThroughGrowth() {
        TermTable table = new TermTable();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("w" + i);
        }
        words.forEach(w -> table.add(w, 0, w.length()));
        assertEquals(5000, table.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            assertEquals(i, table.add(" " + w + " ", 1, w.length() + 1));
            assertEquals(w, table.term(i));
        }
    }
}
