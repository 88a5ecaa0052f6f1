package dev.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EnglishStemmerTest {

    @TestFactory
    Stream<DynamicTest> stemsLikeTheGoldenFileTheBrowserSharesToo() throws IOException {
        JsonNode golden;
        try (InputStream in = EnglishStemmerTest.class.getResourceAsStream("/search/stemmer-golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : golden.get("cases")) {
            String word = c.get(0).asText();
            String stem = c.get(1).asText();
            tests.add(
                    DynamicTest.dynamicTest(word + " → " + stem, () -> assertEquals(stem, EnglishStemmer.stem(word))));
        }
        return tests.stream();
    }

    @Test
    void joinsTheFormsOfTokenizeButNotToken() {
        for (String word : List.of("tokenizer", "tokenizers", "tokenization", "tokenize", "tokenizing")) {
            assertEquals("tokeniz", EnglishStemmer.stem(word), word);
        }
        assertEquals("token", EnglishStemmer.stem("tokens"));
    }

    @Test
    void leavesShortWordsDigitsAndHyphensAlone() {
        assertEquals("kv", EnglishStemmer.stem("kv"));
        assertEquals("gsm8k", EnglishStemmer.stem("gsm8k"));
        assertEquals("kv-caches", EnglishStemmer.stem("kv-caches"));
        assertEquals("lördags", EnglishStemmer.stem("lördags"));
    }
}
