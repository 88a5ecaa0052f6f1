package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

    private final PostingCodec codec = new PostingCodec();

    @Test
    void writesDocGapsAndImpactsAsSelfDelimitingDigits() {
        // doc 0 impact 5 → "W" "b"; doc 3 (gap 2) impact 40 (1·32 + 8) → "Y" "1e"
        String encoded = codec.encode("lora", List.of(new Posting(0, 5, List.of()), new Posting(3, 40, List.of())));
        assertEquals("WbY1e", encoded);
    }

    @Test
    void addsPositionGapsForHanBigrams() {
        // doc 0 impact 5, 2 positions: 2 and 34 (gap 32 → "1W")
        assertEquals("WbYY1W", codec.encode("安全", List.of(new Posting(0, 5, List.of(2, 34)))));
    }

    @Test
    void refusesNegativeNumbers() {
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.number(-1, new StringBuilder()));
    }
}
