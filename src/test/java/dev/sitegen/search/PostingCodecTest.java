package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

    private final PostingCodec codec = new PostingCodec();

    /** One term's index: postings (doc, impact) and, when positional, the run [count, positions…] per posting. */
    private static InvertedIndex index(String term, int[] docs, byte[] impacts, int[] positions) {
        return new InvertedIndex(
                List.of(),
                new String[] {term},
                new int[] {0, docs.length},
                docs,
                impacts,
                new int[] {0, positions.length},
                positions);
    }

    private String encoded(InvertedIndex index) {
        return codec.encode(index, 0);
    }

    @Test
    void writesDocGapsAndImpactsAsSelfDelimitingDigits() {
        // doc 0 impact 5 → "W" "b"; doc 3 (gap 2) impact 40 (1·32 + 8) → "Y" "1e"
        assertEquals("WbY1e", encoded(index("lora", new int[] {0, 3}, new byte[] {5, 40}, new int[0])));
    }

    @Test
    void addsPositionGapsForHanBigrams() {
        // doc 0 impact 5, 2 positions: 2 and 34 (gap 32 → "1W")
        assertEquals("WbYY1W", encoded(index("安全", new int[] {0}, new byte[] {5}, new int[] {2, 2, 34})));
    }

    @Test
    void writesLargeNumbersInAsManyDigitsAsTheyNeed() {
        assertEquals(1, digits(31));
        assertEquals(2, digits(32));
        assertEquals(7, digits(Integer.MAX_VALUE));
    }

    private static int digits(int value) {
        StringBuilder out = new StringBuilder();
        PostingCodec.number(value, out);
        return out.length();
    }
}
