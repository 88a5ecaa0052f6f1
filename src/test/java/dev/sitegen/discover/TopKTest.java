package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void returnsIndicesOfLargestValuesLargestFirst() {
        assertArrayEquals(new int[] {3, 0}, largest(new double[] {5, 1, 2, 9, 4}, 2));
    }

    @Test
    void breaksTiesByLowerIndex() {
        assertArrayEquals(new int[] {1, 2, 0}, largest(new double[] {1, 3, 3, 1}, 3));
    }

    @Test
    void returnsAllWhenFewerValuesThanK() {
        assertArrayEquals(new int[] {1, 0}, largest(new double[] {1, 2}, 5));
    }

    private static int[] largest(double[] values, int k) {
        return TopK.largest(values, values.length, k);
    }
}
