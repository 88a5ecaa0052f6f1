package dev.sitegen.search;

/** Reads back, in order, the ints a {@link VarIntBuffer} wrote. */
final class VarIntReader {

    private final byte[] bytes;
    private int offset;

    VarIntReader(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean hasNext() {
        return offset < bytes.length;
    }

    int next() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[offset++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
