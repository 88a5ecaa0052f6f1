package dev.sitegen.search;

import java.util.Arrays;

/**
 * A growable run of non-negative ints, seven bits a byte, so the small counts and gaps of a document's
 * terms take one or two bytes each rather than four. Read back with {@link VarIntReader}.
 */
final class VarIntBuffer {

    private byte[] bytes = new byte[1024];
    private int length;

    void write(int value) {
        if (length + 5 > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        while (value > 0x7F) {
            bytes[length++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[length++] = (byte) value;
    }

    /** The bytes written since the last {@link #clear}, as a new array. */
    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    void clear() {
        length = 0;
    }
}
