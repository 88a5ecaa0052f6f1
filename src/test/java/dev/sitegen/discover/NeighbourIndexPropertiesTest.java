package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InvertedIndexPropertiesTest {

    /** A capped posting list filled paper by paper keeps what selecting from the whole list keeps. */
    @Property
    void cappedListKeepsTheHeaviestPapersInPaperOrder(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 9) Integer> ints,
            @ForAll @IntRange(min = 1, max = 40) int cap) {
        double[] all = ints.stream().mapToDouble(i -> i / 8.0).toArray();
        int[] docs = new int[Math.min(cap, all.length)];
        double[] weights = new double[docs.length];
        int filled = 0;
        for (int d = 0; d < all.length; d++) {
            filled = NeighbourIndex.offer(docs, weights, filled, d, all[d], true);
        }
        NeighbourIndex.inPaperOrder(docs, weights);
        int[] expected = TopK.largest(all, all.length, cap);
        Arrays.sort(expected);
        assertArrayEquals(expected, docs);
        assertArrayEquals(Arrays.stream(expected).mapToDouble(d -> all[d]).toArray(), weights, 0.0);
    }
}
