package dev.sitegen.search;

/**
 * Writes a posting list as a compact JSON-safe string of variable-length base-32 numbers: every digit
 * but the last of a number comes from {@link #MORE}, the last from {@link #LAST}, so no separators are
 * needed. Per posting: gap to the previous document (first: the document index), impact, and for Han
 * bigrams the number of positions followed by the position gaps (first: the position itself).
 */
public final class PostingCodec {

    static final String MORE = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    static final String LAST = "WXYZabcdefghijklmnopqrstuvwxyz+/";

    /** The encoded postings of term {@code t} of {@code index}. */
    public String encode(InvertedIndex index, int t) {
        StringBuilder out = new StringBuilder();
        boolean positional = index.positional(t);
        int p = index.positionStart(t);
        int previousDoc = -1;
        for (int k = index.postingStart(t); k < index.postingEnd(t); k++) {
            number(index.doc(k) - previousDoc - 1, out);
            number(index.impact(k), out);
            previousDoc = index.doc(k);
            if (positional) {
                int count = index.position(p++);
                number(count, out);
                int previous = 0;
                for (int i = 0; i < count; i++) {
                    int position = index.position(p++);
                    number(position - previous, out);
                    previous = position;
                }
            }
        }
        return out.toString();
    }

    static void number(int value, StringBuilder out) {
        // Most significant digit first, so digits are only ever appended.
        int shift = 0;
        while (value >>> shift > 31) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE.charAt(value >>> shift & 31));
        }
        out.append(LAST.charAt(value & 31));
    }
}
