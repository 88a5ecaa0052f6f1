package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class VarIntBufferTest {

    @Test
    void readsBackWhatItWroteInOneToFiveBytes() {
        int[] values = {0, 1, 127, 128, 16_383, 16_384, 1 << 28, Integer.MAX_VALUE};
        VarIntBuffer buffer = new VarIntBuffer();
        for (int i = 0; i < 300; i++) {
            for (int value : values) {
                buffer.write(value);
            }
        }
        VarIntReader in = new VarIntReader(buffer.toArray());
        for (int i = 0; i < 300; i++) {
            for (int value : values) {
                assertEquals(value, in.next());
            }
        }
        assertFalse(in.hasNext());
    }

    @Test
    void takesOneByteForSmallCounts() {
        VarIntBuffer buffer = new VarIntBuffer();
        buffer.write(127);
        assertEquals(1, buffer.toArray().length);
        buffer.clear();
        buffer.write(128);
        assertEquals(2, buffer.toArray().length);
    }
}
