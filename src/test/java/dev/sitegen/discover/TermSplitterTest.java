package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermSplitterTest {

    /** The terms of {@code text} in reading order, with repeats. */
    static List<String> split(String text) {
        List<String> terms = new ArrayList<>();
        new TermSplitter().split(text, (chars, offset, length) -> terms.add(new String(chars, offset, length)));
        return terms;
    }

    @Test
    void splitsHanRunsIntoOverlappingBigrams() {
        assertEquals(List.of("思维", "维链"), split("思维链"));
    }

    @Test
    void lowerCasesWordsAndDropsStopWordsNumbersAndSingleLetters() {
        assertEquals(
                List.of("lora", "fine-tuning", "7b", "adapter"),
                split("We use LoRA for fine-tuning a 7B adapter, 2026."));
    }

    @Test
    void separatesHanFromLatinText() {
        assertEquals(List.of("提出", "guardspace", "框架"), split("提出GuardSpace框架"));
    }

    @Test
    void lowerCasesNonAsciiWordsAsStringDoes() {
        assertEquals(List.of("école", "İstanbul".toLowerCase(Locale.ROOT), "µp"), split("ÉCOLE İstanbul µP"));
    }

    @Test
    void trimsTrailingHyphensAndDropsNumbersInAnyScript() {
        assertEquals(List.of("chain-of-thought", "rl"), split("chain-of-thought-- ２０２６ 3-4 RL-"));
    }

    @Test
    void foldsPluralsAndDropsFillerSoSharedWordsSayWhatIsShared() {
        // Issue 18: "mllm、mllms" showed as two shared words, "model、algorithm、method" as reasons.
        assertEquals(
                List.of("mllm", "mllm", "strategy", "bias", "analysis", "class", "corpus"),
                split("MLLM MLLMs strategies bias analysis class corpus models algorithms method art AI yields"));
    }

    @Test
    void givesTheSameTermsWhenReusedAcrossTexts() {
        TermSplitter splitter = new TermSplitter();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        splitter.split("A long first TEXT about 强化学习 and adapters", (c, o, l) -> first.add(new String(c, o, l)));
        splitter.split("short 学习", (c, o, l) -> second.add(new String(c, o, l)));
        assertEquals(List.of("long", "text", "强化", "化学", "学习", "adapter"), first);
        assertEquals(List.of("short", "学习"), second);
    }

    /**
     * The split agrees with a plain walk over code points (Han bigrams; runs of letters, digits and inner hyphens as
     * words, each filtered on its own) on random text mixing ASCII, Han, other scripts and surrogate pairs.
     */
    @Test
    void splitsAsAWalkOverCodePointsWould() {
        String alphabet = "aZs9-_ .,'’éΣИ٣µ中文学𠀀𝐱\n";
        String[] words = {"the", "Models", "fine-tuning", "ies"};
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                if (random.nextInt(8) == 0) {
                    text.append(words[random.nextInt(words.length)]);
                } else {
                    text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(
                            0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
            }
            assertEquals(walk(text.toString()), split(text.toString()), text.toString());
        }
    }

    private static List<String> walk(String text) {
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                terms.addAll(split(word.toString()));
                word.setLength(0);
                if (previousHan >= 0) {
                    terms.add(text.substring(previousHan, next));
                }
                previousHan = i;
            } else {
                previousHan = -1;
                if (Character.isLetterOrDigit(cp) || (cp == '-' && word.length() > 0)) {
                    word.appendCodePoint(cp);
                } else {
                    terms.addAll(split(word.toString()));
                    word.setLength(0);
                }
            }
            i = next;
        }
        terms.addAll(split(word.toString()));
        return terms;
    }
}
