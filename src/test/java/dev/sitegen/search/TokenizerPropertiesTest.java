package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        // Words, hyphens, digits, stemmable endings, Han (one outside the BMP), other letters and separators.
        return Arbitraries.strings()
                .withChars("abeginsz-- 09.,()安全对齐推测解码é\uD840\uDC00Ⅸ")
                .ofMaxLength(40);
    }

    @Property(tries = 3000)
    void handsOverThePartsOfThePhraseKeyOfTheText(@ForAll("texts") String raw) {
        String text = Tokenizer.normalize(raw);
        List<String> parts = new ArrayList<>();
        Tokenizer.scan(text, new Tokenizer.TokenSink() {
            @Override
            public void token(String s, int start, int end, int position, boolean bigram) {}

            @Override
            public void part(String part) {
                parts.add(part);
            }
        });
        assertEquals(SynonymTable.parts(text), parts);
    }
}
