package dev.sitegen.discover;

/**
 * A compact row-major sparse matrix (papers × terms) for the map's power iteration, with products
 * by the column-centred matrix computed without densifying it.
 */
final class SparseRows {

    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;
    private final int columnCount;

    private SparseRows(int[] rowStart, int[] columns, double[] values, int columnCount) {
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.columnCount = columnCount;
    }

    /** The vectors restricted to terms found in at least two papers, renumbered densely. */
    static SparseRows sharedTerms(TermVectors vectors) {
        int[] column = new int[vectors.termCount()];
        int kept = 0;
        for (int t = 0; t < column.length; t++) {
            column[t] = vectors.documentFrequency(t) >= 2 ? kept++ : -1;
        }
        int n = vectors.size();
        int[] rowStart = new int[n + 1];
        for (int d = 0; d < n; d++) {
            int entries = 0;
            for (int t : vectors.termIds(d)) {
                entries += column[t] >= 0 ? 1 : 0;
            }
            rowStart[d + 1] = rowStart[d] + entries;
        }
        int[] columns = new int[rowStart[n]];
        double[] values = new double[rowStart[n]];
        for (int d = 0, at = 0; d < n; d++) {
            int[] ts = vectors.termIds(d);
            double[] ws = vectors.weights(d);
            for (int i = 0; i < ts.length; i++) {
                if (column[ts[i]] >= 0) {
                    columns[at] = column[ts[i]];
                    values[at++] = ws[i];
                }
            }
        }
        return new SparseRows(rowStart, columns, values, kept);
    }

    int rows() {
        return rowStart.length - 1;
    }

    int columns() {
        return columnCount;
    }

    double[] columnMeans() {
        double[] mean = new double[columnCount];
        for (int k = 0; k < values.length; k++) {
            mean[columns[k]] += values[k];
        }
        for (int t = 0; t < columnCount; t++) {
            mean[t] /= Math.max(1, rows());
        }
        return mean;
    }

    /** (X − 1·meanᵀ)·v. */
    double[] times(double[] v, double[] mean) {
        double shift = 0;
        for (int t = 0; t < columnCount; t++) {
            shift += mean[t] * v[t];
        }
        double[] y = new double[rows()];
        for (int d = 0; d < y.length; d++) {
            double sum = 0;
            for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                sum += values[k] * v[columns[k]];
            }
            y[d] = sum - shift;
        }
        return y;
    }

    /** (X − 1·meanᵀ)ᵀ·y. */
    double[] transposeTimes(double[] y, double[] mean) {
        double total = 0;
        double[] z = new double[columnCount];
        for (int d = 0; d < y.length; d++) {
            total += y[d];
            for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                z[columns[k]] += values[k] * y[d];
            }
        }
        for (int t = 0; t < columnCount; t++) {
            z[t] -= mean[t] * total;
        }
        return z;
    }
}
