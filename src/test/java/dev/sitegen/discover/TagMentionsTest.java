package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TagMentionsTest {
    private final Map<String, List<TagMentions.Mention>> mentions = TagMentions.of(ContextTagsTest.catalog());

    @Test
    void findsPapersThatNameATagTheyDoNotCarry() {
        // Paper 20 writes "KV caches", paper 21 "kv-cache": plural, case and hyphen aside, both name the tag.
        assertEquals(
                List.of("p20", "p21"),
                mentions.get("kv-cache").stream()
                        .map(TagMentions.Mention::paperId)
                        .toList());
    }

    @Test
    void aSingleWordNamedOnceIsNotEnough() {
        assertEquals(
                List.of("reasoning", "reasoning"),
                TagMentions.words("Reasoning about REASONING").subList(0, 3).stream()
                        .filter(w -> w.startsWith("reason"))
                        .toList());
        assertFalse(mentions.containsKey("quant"), "no abstract names Quantization");
    }

    @Test
    void wordsAreRunsOfLettersAndNumbersInAnyScript() {
        assertEquals(
                List.of("kv", "cache", "x²", "中文模型", "𝐱y", "model", "class", "gpt", "4o"),
                TagMentions.words("KV-caches, x² (中文模型) 𝐱y models class GPT-4o"));
    }

    /** The word split agrees with splitting at every run of characters that are neither letter nor number. */
    @Test
    void wordsSplitWhereARegexOfNonLettersWould() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "aZs9-_ .'’²Ⅻ中é𝐱\n";
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            List<String> expected = Arrays.stream(notWord.split(text.toString().toLowerCase(Locale.ROOT)))
                    .filter(w -> !w.isEmpty())
                    .map(w ->
                            w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                    .toList();
            assertEquals(expected, TagMentions.words(text.toString()), text.toString());
        }
    }

    /** The ASCII shortcut of the word test says what the Unicode tables say, at every code point. */
    @Test
    void letterOrNumberIsLetterOrNumberInUnicode() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int type = Character.getType(c);
            boolean expected = Character.isLetter(c)
                    || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
            assertEquals(expected, TagMentions.isLetterOrNumber(c), Integer.toHexString(c));
        }
    }

    @Test
    void contextTagsHaveNoMentions() {
        assertFalse(mentions.containsKey("llm"));
    }
}
