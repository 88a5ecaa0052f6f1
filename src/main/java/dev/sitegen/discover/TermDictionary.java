package dev.sitegen.discover;

import java.util.Arrays;

/**
 * Terms numbered densely in the order they are first added, looked up straight from a slice of a
 * {@code char[]} so that a term already known costs no {@code String}: the vocabulary of a digest is
 * small, its term occurrences are not. Open addressing with linear probing. Not thread-safe.
 */
final class TermDictionary {

    private static final int EMPTY = -1;

    private String[] terms = new String[1024];
    /** The terms' characters, compared on lookup without going through {@code String.charAt}. */
    private char[][] termChars = new char[1024][];

    private int[] hashes = new int[1024];
    private int[] slots = filled(2048);
    private int size;

    /** Number of terms. */
    int size() {
        return size;
    }

    /** The terms in id order. */
    String[] terms() {
        return Arrays.copyOf(terms, size);
    }

    /** The id of {@code chars[offset, offset + length)}, adding it as the next id if new. */
    int add(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int slot = find(hash, chars, offset, length);
        if (slots[slot] != EMPTY) {
            return slots[slot];
        }
        return insert(slot, hash, Arrays.copyOfRange(chars, offset, offset + length));
    }

    /** The id of {@code term}, adding it as the next id if new. */
    int add(String term) {
        char[] chars = term.toCharArray();
        return add(chars, 0, chars.length);
    }

    /** Whether {@code chars[offset, offset + length)} has an id. */
    boolean contains(char[] chars, int offset, int length) {
        return slots[find(hash(chars, offset, length), chars, offset, length)] != EMPTY;
    }

    private int find(int hash, char[] chars, int offset, int length) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (id == EMPTY || (hashes[id] == hash && matches(termChars[id], chars, offset, length))) {
                return slot;
            }
        }
    }

    private int insert(int slot, int hash, char[] term) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            termChars = Arrays.copyOf(termChars, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int id = size++;
        terms[id] = new String(term);
        termChars[id] = term;
        hashes[id] = hash;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static boolean matches(char[] term, char[] chars, int offset, int length) {
        if (term.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (term[i] != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /** Spreads the polynomial hash, whose low bits cluster for short terms. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int[] filled(int length) {
        int[] slots = new int[length];
        Arrays.fill(slots, EMPTY);
        return slots;
    }
}
