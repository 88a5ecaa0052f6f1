package dev.sitegen.catalog;

import java.text.Normalizer;

/**
 * A paper's permanent id: the first 10 hex digits of the SHA-256 of its normalised abstract (NFC,
 * whitespace collapsed). It depends on nothing but the paper's own abstract, so reordering, adding or
 * removing other papers, or a better title heuristic, never changes a permalink.
 */
public final class PaperId {
    private static final int HEX_DIGITS = 10;

    private PaperId() {}

    public static String of(String abstractText) {
        String nfc = Normalizer.isNormalized(abstractText, Normalizer.Form.NFC)
                ? abstractText
                : Normalizer.normalize(abstractText, Normalizer.Form.NFC);
        return Slugs.hash(collapseSpaces(nfc), HEX_DIGITS);
    }

    private static String collapseSpaces(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        boolean space = false;
        for (char c : in) {
            // No character between the space and U+1680 is white space: most skip the full test.
            if ((c <= ' ' || c >= '\u1680') && Character.isWhitespace(c)) {
                space = n > 0;
            } else {
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
