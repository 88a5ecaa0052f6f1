package dev.sitegen.search;

/**
 * A min-heap of sorted term lists by their current term, for the k-way merge of {@link Lexicon}: the
 * list at the top holds the smallest term not yet merged.
 */
final class BatchHeap {

    private final String[][] lists;
    private final int[] positions;
    private final int[] heap;
    private int size;

    BatchHeap(String[][] lists) {
        this.lists = lists;
        positions = new int[lists.length];
        heap = new int[lists.length];
        for (int b = 0; b < lists.length; b++) {
            if (lists[b].length > 0) {
                heap[size++] = b;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The list whose current term is the smallest. */
    int min() {
        return heap[0];
    }

    /** The index of list {@code b}'s current term. */
    int position(int b) {
        return positions[b];
    }

    /** Moves the top list to its next term, dropping it when it has none. */
    void advance() {
        int b = heap[0];
        if (++positions[b] == lists[b].length) {
            heap[0] = heap[--size];
        }
        if (size > 0) {
            siftDown(0);
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (less(heap[child], heap[smallest])) {
                    smallest = child;
                }
            }
            if (smallest == i) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = swap;
            i = smallest;
        }
    }

    private boolean less(int a, int b) {
        return current(a).compareTo(current(b)) < 0;
    }

    private String current(int b) {
        return lists[b][positions[b]];
    }
}
