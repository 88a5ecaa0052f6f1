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

class TokenizerTest {

    /** One term and its position in the token stream. */
    record Token(String term, int position) {}

    /** The tokens of {@code text} in order, with positions. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Tokenizer.scan(
                Tokenizer.normalize(text),
                (s, start, end, position, bigram) -> out.add(new Token(s.substring(start, end), position)));
        return out;
    }

    private static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    @TestFactory
    Stream<DynamicTest> yieldsGoldenTokensSharedWithJavaScript() throws IOException {
        JsonNode golden;
        try (InputStream in = TokenizerTest.class.getResourceAsStream("/search/tokenizer-golden.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : golden.get("cases")) {
            String input = c.get("input").asText();
            List<String> expected = new ArrayList<>();
            c.get("tokens").forEach(t -> expected.add(t.asText()));
            tests.add(DynamicTest.dynamicTest("\"" + input + "\"", () -> assertEquals(expected, terms(input))));
        }
        return tests.stream();
    }

    @Test
    void keepsBigramsOfOneRunAtConsecutivePositions() {
        List<Token> tokens = tokens("安全对齐");
        assertEquals(List.of(0, 1, 2), tokens.stream().map(Token::position).toList());
    }

    @Test
    void leavesAGapBetweenHanRunsSoPhrasesDoNotSpanThem() {
        List<Token> tokens = tokens("安全,对齐");
        assertEquals(new Token("安全", 0), tokens.get(0));
        assertEquals(new Token("对齐", 2), tokens.get(1));
    }

    @Test
    void givesHyphenPartsTheWordsPosition() {
        List<Token> tokens = tokens("use kv-cache");
        // use; kv-cache, kv, cache and the stem ~cach all at 1.
        assertEquals(
                List.of(0, 1, 1, 1, 1), tokens.stream().map(Token::position).toList());
    }

    @Test
    void agreesWithTheUnicodeScriptTableOnEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Tokenizer.isHan(cp) != han) {
                assertEquals(han, Tokenizer.isHan(cp), "U+" + Integer.toHexString(cp));
            }
            if (Tokenizer.isWordChar(cp) != (Character.isLetterOrDigit(cp) && !han)) {
                assertEquals(
                        Character.isLetterOrDigit(cp) && !han,
                        Tokenizer.isWordChar(cp),
                        "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void splitsHyphenatedWordsWithoutReadingPastThem() {
        assertEquals(List.of("a-b", "a", "b", "c", "x-y-z", "x", "y", "z"), terms("A-B c X-Y-Z"));
        assertEquals(List.of("llama", "2"), terms("llama--2"));
    }
}
