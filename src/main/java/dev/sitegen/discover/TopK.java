package dev.sitegen.discover;

/** Indices of the k largest values of an array, without sorting the whole array. */
final class TopK {

    private TopK() {
    }

    /**
     * Indices of the {@code k} largest values, largest first; equal values keep index order, so the
     * result is deterministic. Insertion into a k-sized window: O(n·k) worst case, O(n) when k is small
     * and most values lose against the window's minimum.
     */
    static int[] largest(double[] values, int k) {
        int size = Math.min(k, values.length);
        int[] best = new int[size];
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            if (filled == size && values[i] <= values[best[size - 1]]) {
                continue;
            }
            int at = filled < size ? filled++ : size - 1;
            while (at > 0 && values[best[at - 1]] < values[i]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        return best;
    }
}
