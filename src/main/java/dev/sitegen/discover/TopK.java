package dev.sitegen.discover;

/** Indices of the k largest values of an array, without sorting the whole array. */
final class TopK {

    private TopK() {}

    /**
     * Indices of the {@code k} largest of the first {@code length} values, largest first; equal values keep index
     * order, so the result is deterministic. A k-sized window kept sorted: O(n·log k) comparisons, and O(n) when k
     * is small and most values lose against the window's minimum.
     */
    static int[] largest(double[] values, int length, int k) {
        int[] best = new int[Math.min(k, length)];
        double[] bestValues = new double[best.length];
        int filled = 0;
        for (int i = 0; i < length; i++) {
            filled = offer(best, bestValues, filled, i, values[i]);
        }
        return best;
    }

    /**
     * One step of {@link #largest}: adds {@code id} with {@code value} to a window of {@code filled} entries
     * (largest first, as long as {@code ids}) and returns the new fill; a full window drops its smallest.
     */
    static int offer(int[] ids, double[] values, int filled, int id, double value) {
        int size = ids.length;
        if (filled == size && value <= values[size - 1]) {
            return filled;
        }
        // first window position holding a smaller value: equal values stay ahead, keeping index order
        int low = 0;
        int high = filled;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        int last = filled < size ? filled : size - 1;
        System.arraycopy(ids, low, ids, low + 1, last - low);
        System.arraycopy(values, low, values, low + 1, last - low);
        ids[low] = id;
        values[low] = value;
        return last + 1;
    }
}
