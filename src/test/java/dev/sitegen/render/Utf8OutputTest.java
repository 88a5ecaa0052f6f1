package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    private static final String MIXED = "<p class=\"x\">大语言模型 café 𝔼[x] — done</p>";

    @Test
    void encodesLikeStringGetBytes() throws IOException {
        Utf8Output out = new Utf8Output();
        out.write(MIXED);
        out.write(MIXED.toCharArray(), 3, 20);
        out.write(MIXED, 5, 30);
        out.write('é');
        String expected = MIXED + MIXED.substring(3, 23) + MIXED.substring(5, 35) + "é";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.take());
    }

    @Test
    void joinsASurrogatePairSplitAcrossWrites() throws IOException {
        String pair = "𝔼";
        Utf8Output out = new Utf8Output();
        out.write("a" + pair.charAt(0));
        out.write(pair.charAt(1));
        out.write("b");
        assertArrayEquals(("a" + pair + "b").getBytes(StandardCharsets.UTF_8), out.take());
    }

    @Test
    void replacesLoneSurrogatesAsStringDoes() throws IOException {
        String broken = "x\uD835y\uDD3Cz\uD835";
        Utf8Output out = new Utf8Output();
        out.write(broken.toCharArray(), 0, broken.length());
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), out.take());
    }

    @Test
    void startsEmptyAfterTakeAndGrowsForLargePages() throws IOException {
        Utf8Output out = new Utf8Output();
        out.write("first page");
        out.take();
        String large = "大".repeat(1 << 20);
        out.write(large, 1, large.length() - 1);
        assertArrayEquals(large.substring(1).getBytes(StandardCharsets.UTF_8), out.take());
        out.write("next");
        assertArrayEquals("next".getBytes(StandardCharsets.UTF_8), out.take());
    }
}
