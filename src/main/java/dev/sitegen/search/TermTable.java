package dev.sitegen.search;

import java.util.Arrays;

/**
 * Numbers distinct terms 0, 1, 2… in the order they are first added. A term is given as a range of a
 * string and copied only when new, so counting the tokens of a text creates no string per token. An
 * open-addressing table with linear probing; not thread-safe.
 */
final class TermTable {

    private static final int EMPTY = -1;

    private char[] chars = new char[4096];
    private int charCount;
    /** Term {@code id} is {@code chars[starts[id], starts[id + 1])}. */
    private int[] starts = new int[257];

    private int[] hashes = new int[256];
    private int size;
    private int[] slots = new int[512];

    TermTable() {
        Arrays.fill(slots, EMPTY);
    }

    /** The number of distinct terms added. */
    int size() {
        return size;
    }

    /** The id of {@code text[start, end)}: a new one, {@link #size()} − 1 afterwards, if it is new. */
    int add(String text, int start, int end) {
        int hash = hash(text, start, end);
        int slot = slot(hash, text, start, end);
        int id = slots[slot];
        return id == EMPTY ? insert(slot, hash, text, start, end) : id;
    }

    /** The id of {@code text[start, end)}, or -1 when it has not been added. */
    int find(String text, int start, int end) {
        return slots[slot(hash(text, start, end), text, start, end)];
    }

    /** The slot that holds {@code text[start, end)}, or the empty slot where it would go. */
    private int slot(int hash, String text, int start, int end) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = slot + 1 & mask) {
            int id = slots[slot];
            if (id == EMPTY || hashes[id] == hash && matches(id, text, start, end)) {
                return slot;
            }
        }
    }

    /** Term {@code id} as a string. */
    String term(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    private int insert(int slot, int hash, String text, int start, int end) {
        int length = end - start;
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        text.getChars(start, end, chars, charCount);
        charCount += length;
        if (size + 1 == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
            starts = Arrays.copyOf(starts, hashes.length + 1);
        }
        int id = size++;
        hashes[id] = hash;
        starts[id + 1] = charCount;
        slots[slot] = id;
        // Keep the table at most half full, so probes stay short.
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return id;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        Arrays.fill(slots, EMPTY);
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (slots[slot] != EMPTY) {
                slot = slot + 1 & mask;
            }
            slots[slot] = id;
        }
    }

    private boolean matches(int id, String text, int start, int end) {
        int from = starts[id];
        if (starts[id + 1] - from != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (chars[from++] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        // Spread the high bits into the low ones the mask keeps.
        return hash ^ hash >>> 16;
    }
}
