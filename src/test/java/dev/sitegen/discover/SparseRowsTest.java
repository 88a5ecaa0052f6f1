package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseRowsTest {

    private final SparseRows rows =
            SparseRows.sharedTerms(TermVectors.build(CatalogFixture.catalog(), ps -> ps, s -> s));
    private final double[] mean = rows.columnMeans();

    @Test
    void multipliesTwoVectorsInOnePassExactlyAsOneAtATime() {
        double[][] vs = {gaussian(rows.columns(), 1), gaussian(rows.columns(), 2)};
        double[][] together = rows.times(vs, mean);
        assertArrayEquals(rows.times(new double[][] {vs[0]}, mean)[0], together[0], 0.0);
        assertArrayEquals(rows.times(new double[][] {vs[1]}, mean)[0], together[1], 0.0);
    }

    @Test
    void multipliesTheTransposeOfTwoVectorsInOnePassExactlyAsOneAtATime() {
        double[][] ys = {gaussian(rows.rows(), 3), gaussian(rows.rows(), 4)};
        double[][] together = rows.transposeTimes(ys, mean);
        assertArrayEquals(rows.transposeTimes(new double[][] {ys[0]}, mean)[0], together[0], 0.0);
        assertArrayEquals(rows.transposeTimes(new double[][] {ys[1]}, mean)[0], together[1], 0.0);
    }

    private static double[] gaussian(int length, long seed) {
        Random random = new Random(seed);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }
}
