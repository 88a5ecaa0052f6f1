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

    /**
     * (X − 1·meanᵀ)·v for each of {@code vs} in one pass over the matrix (it is the memory traffic
     * that costs); each product is summed in the same order as on its own.
     */
    double[][] times(double[][] vs, double[] mean) {
        int count = vs.length;
        double[] shifts = new double[count];
        double[][] ys = new double[count][rows()];
        for (int c = 0; c < count; c++) {
            double shift = 0;
            double[] v = vs[c];
            for (int t = 0; t < columnCount; t++) {
                shift += mean[t] * v[t];
            }
            shifts[c] = shift;
        }
        if (count == 2) {
            double[] v0 = vs[0];
            double[] v1 = vs[1];
            double[] y0 = ys[0];
            double[] y1 = ys[1];
            for (int d = 0; d < y0.length; d++) {
                double sum0 = 0;
                double sum1 = 0;
                for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                    double value = values[k];
                    int column = columns[k];
                    sum0 += value * v0[column];
                    sum1 += value * v1[column];
                }
                y0[d] = sum0 - shifts[0];
                y1[d] = sum1 - shifts[1];
            }
            return ys;
        }
        for (int c = 0; c < count; c++) {
            double[] v = vs[c];
            double[] y = ys[c];
            for (int d = 0; d < y.length; d++) {
                double sum = 0;
                for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                    sum += values[k] * v[columns[k]];
                }
                y[d] = sum - shifts[c];
            }
        }
        return ys;
    }

    /** (X − 1·meanᵀ)ᵀ·y for each of {@code ys} in one pass over the matrix, each summed in the same order as on its own. */
    double[][] transposeTimes(double[][] ys, double[] mean) {
        int count = ys.length;
        double[] totals = new double[count];
        double[][] zs = new double[count][columnCount];
        if (count == 2) {
            double[] y0 = ys[0];
            double[] y1 = ys[1];
            double[] z0 = zs[0];
            double[] z1 = zs[1];
            double total0 = 0;
            double total1 = 0;
            for (int d = 0; d < y0.length; d++) {
                double yd0 = y0[d];
                double yd1 = y1[d];
                total0 += yd0;
                total1 += yd1;
                for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                    double value = values[k];
                    int column = columns[k];
                    z0[column] += value * yd0;
                    z1[column] += value * yd1;
                }
            }
            totals[0] = total0;
            totals[1] = total1;
        } else {
            for (int c = 0; c < count; c++) {
                double[] y = ys[c];
                double[] z = zs[c];
                for (int d = 0; d < y.length; d++) {
                    totals[c] += y[d];
                    for (int k = rowStart[d]; k < rowStart[d + 1]; k++) {
                        z[columns[k]] += values[k] * y[d];
                    }
                }
            }
        }
        for (int c = 0; c < count; c++) {
            for (int t = 0; t < columnCount; t++) {
                zs[c][t] -= mean[t] * totals[c];
            }
        }
        return zs;
    }
}
