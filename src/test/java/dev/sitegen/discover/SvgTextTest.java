package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTextTest {

    @Test
    void escapesMarkupCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", SvgText.escape("<a href=\"x\">&'"));
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertEquals("a\uFFFDb\uFFFD\tc", SvgText.escape("a\u0001b\uD800\tc"));
    }

    @Test
    void keepsChineseAndEmoji() {
        assertEquals("思维链 🎯", SvgText.escape("思维链 🎯"));
    }

    @Test
    void writesCompactLocaleFreeNumbers() {
        assertEquals("12", SvgText.number(12.0));
        assertEquals("3.5", SvgText.number(3.46));
        assertEquals("0", SvgText.number(0.04));
        assertEquals("1000", SvgText.number(1000));
    }
}
