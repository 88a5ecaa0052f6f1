package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermSplitterTest {

    @Test
    void splitsHanRunsIntoOverlappingBigrams() {
        assertEquals(List.of("思维", "维链"), TermSplitter.split("思维链"));
    }

    @Test
    void lowerCasesWordsAndDropsStopWordsNumbersAndSingleLetters() {
        assertEquals(
                List.of("lora", "fine-tuning", "7b", "adapter"),
                TermSplitter.split("We use LoRA for fine-tuning a 7B adapter, 2026."));
    }

    @Test
    void separatesHanFromLatinText() {
        assertEquals(List.of("提出", "guardspace", "框架"), TermSplitter.split("提出GuardSpace框架"));
    }

    @Test
    void lowerCasesNonAsciiWordsAsStringDoes() {
        assertEquals(
                List.of("école", "İstanbul".toLowerCase(Locale.ROOT), "µp"), TermSplitter.split("ÉCOLE İstanbul µP"));
    }

    @Test
    void trimsTrailingHyphensAndDropsNumbersInAnyScript() {
        assertEquals(List.of("chain-of-thought", "rl"), TermSplitter.split("chain-of-thought-- ２０２６ 3-4 RL-"));
    }

    @Test
    void foldsPluralsAndDropsFillerSoSharedWordsSayWhatIsShared() {
        // Issue 18: "mllm、mllms" showed as two shared words, "model、algorithm、method" as reasons.
        assertEquals(
                List.of("mllm", "mllm", "strategy", "bias", "analysis", "class", "corpus"),
                TermSplitter.split(
                        "MLLM MLLMs strategies bias analysis class corpus models algorithms method art AI yields"));
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
}
