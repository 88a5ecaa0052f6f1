package dev.sitegen.discover;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two primitives every SVG we write needs: XML-escaped text and compact numbers. */
final class SvgText {

    private SvgText() {}

    /**
     * {@code text} safe inside XML character data and double- or single-quoted attributes: the five
     * markup characters become entities, and characters XML 1.0 forbids (most C0 controls, lone
     * surrogates, U+FFFE/U+FFFF) become U+FFFD so one bad byte in the digest cannot break the page.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
            i += width;
        }
        return out.toString();
    }

    /** One decimal at most, no trailing ".0", no exponent, locale-independent: {@code 12}, {@code 3.5}. */
    static String number(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
