package dev.sitegen.search;

/**
 * The distinct terms of one document, packed as {@link VarIntBuffer} ints, and its length per
 * {@link SearchField}. Per term: its id local to the document's {@link TermBatch}, a mask of the fields it occurs in (bit
 * {@link #POSITIONAL} set for Han bigrams), its frequency in each of those fields, and for Han bigrams
 * the number of positions followed by the position gaps (first: the position itself).
 */
record DocTerms(byte[] terms, int[] lengths) {

    static final int FIELDS = SearchField.values().length;
    static final int POSITIONAL = 1 << FIELDS;

    Cursor cursor() {
        return new Cursor(new VarIntReader(terms));
    }

    /** Walks the terms one at a time; the fields describe the current term and are reused. */
    static final class Cursor {
        private final VarIntReader in;
        int term;
        final int[] tf = new int[FIELDS];
        boolean positional;
        int positionCount;
        int[] positions = new int[16];

        private Cursor(VarIntReader in) {
            this.in = in;
        }

        /** Moves to the next term; false when there is none. */
        boolean next() {
            if (!in.hasNext()) {
                return false;
            }
            term = in.next();
            int mask = in.next();
            for (int f = 0; f < FIELDS; f++) {
                tf[f] = (mask & 1 << f) == 0 ? 0 : in.next();
            }
            positional = (mask & POSITIONAL) != 0;
            positionCount = positional ? in.next() : 0;
            if (positionCount > positions.length) {
                positions = new int[Math.max(positionCount, positions.length * 2)];
            }
            int position = 0;
            for (int i = 0; i < positionCount; i++) {
                position += in.next();
                positions[i] = position;
            }
            return true;
        }
    }
}
