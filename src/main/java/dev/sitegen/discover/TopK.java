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
        int size = Math.min(k, length);
        int[] best = new int[size];
        int filled = 0;
        for (int i = 0; i < length; i++) {
            double value = values[i];
            if (filled == size && value <= values[best[size - 1]]) {
                continue;
            }
            // first window position holding a smaller value: equal values stay ahead, keeping index order
            int low = 0;
            int high = filled;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[best[middle]] < value) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            int moved = (filled < size ? filled++ : size - 1) - low;
            System.arraycopy(best, low, best, low + 1, moved);
            best[low] = i;
        }
        return best;
    }
}
