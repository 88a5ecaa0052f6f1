package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchHeapTest {

    @Test
    void yieldsTheTermsOfAllListsInOrder() {
        String[][] lists = {{"b", "d", "f"}, {}, {"a", "d"}, {"c"}, {"e", "g", "h"}};
        BatchHeap heap = new BatchHeap(lists);
        List<String> merged = new ArrayList<>();
        while (!heap.isEmpty()) {
            int b = heap.min();
            merged.add(lists[b][heap.position(b)]);
            heap.advance();
        }
        assertEquals(List.of("a", "b", "c", "d", "d", "e", "f", "g", "h"), merged);
    }
}
