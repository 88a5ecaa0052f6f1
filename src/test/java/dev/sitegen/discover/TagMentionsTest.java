package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
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
    void contextTagsHaveNoMentions() {
        assertFalse(mentions.containsKey("llm"));
    }
}
