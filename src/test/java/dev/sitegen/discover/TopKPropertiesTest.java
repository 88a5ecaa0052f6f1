package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TopKPropertiesTest {

    /** Few distinct values, so ties are common. */
    @Property
    void equalsAStableSortByDescendingValue(
            @ForAll @Size(max = 300) List<@IntRange(min = -3, max = 12) Integer> ints,
            @ForAll @IntRange(min = 1, max = 90) int k) {
        double[] values = ints.stream().mapToDouble(i -> i / 4.0).toArray();
        int[] expected = IntStream.range(0, values.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
        assertArrayEquals(expected, TopK.largest(values, values.length, k));
    }

    @Property
    void looksOnlyAtThePrefixItIsGiven(
            @ForAll @Size(min = 1, max = 100) List<@IntRange(max = 20) Integer> ints,
            @ForAll @IntRange(min = 1, max = 10) int k) {
        double[] values = ints.stream().mapToDouble(Integer::doubleValue).toArray();
        int length = values.length / 2;
        double[] prefix = java.util.Arrays.copyOf(values, length);
        assertArrayEquals(TopK.largest(prefix, length, k), TopK.largest(values, length, k));
    }
}
