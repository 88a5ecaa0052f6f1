package dev.sitegen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalTagsTest {

    private static CanonicalTags index(String learnedFrom, TagAliases aliases) {
        Acronyms acronyms = new Acronyms();
        acronyms.learn(Acronyms.spellings(learnedFrom));
        return new CanonicalTags(acronyms, aliases);
    }

    @Test
    void foldsCaseDashesAndPlurals() {
        assertEquals(TagFolding.fold("Vision-Language Models"), TagFolding.fold("Vision Language Models"));
        assertEquals(TagFolding.fold("Vision–Language Models"), TagFolding.fold("vision language model"));
        assertEquals(TagFolding.fold("Fine\u2011tuning"), TagFolding.fold("fine-tuning"));
        assertEquals(TagFolding.fold("transformer"), TagFolding.fold("transformers"));
        assertNotEquals(TagFolding.fold("reasoning"), TagFolding.fold("reasoning models"));
    }

    @Test
    void mergesAcronymsLearnedFromLongFormSpellings() {
        CanonicalTags tags = index("Large language models (LLMs) are big.", TagAliases.none());
        List<String> spellings = List.of(
                "LLM", "LLMs", "Large Language Model", "large language models (LLMs)", "Large language models (LLM)");
        spellings.forEach(s -> tags.add("p" + s.length(), s));
        assertEquals(1, spellings.stream().map(tags::key).distinct().count());
        assertEquals(1, tags.tags().size());
    }

    @Test
    void mergesMaintainerAliases() {
        CanonicalTags tags = index(
                "",
                new TagAliases(Map.of("Reinforcement Learning with Verifiable Rewards", List.of("RLVR")), Map.of()));
        tags.add("a", "RLVR");
        tags.add("b", "reinforcement learning with verifiable reward");
        assertEquals(1, tags.tags().size());
    }

    @Test
    void displaysMostCommonSpellingWithReadableUniqueSlug() {
        CanonicalTags tags = index("", TagAliases.none());
        tags.add("a", "Large Language Models");
        tags.add("b", "Large Language Models");
        tags.add("c", "large language model");
        tags.add("d", "大模型");
        var list = tags.tags();
        assertEquals("Large Language Models", list.get(0).name());
        assertEquals("large-language-models", list.get(0).slug());
        assertEquals(List.of("a", "b", "c"), list.get(0).paperIds());
        assertEquals(true, list.get(1).slug().matches("tag-[0-9a-f]{6}"));
    }

    @Test
    void readsAliasFileOfTheContentDirectory() throws Exception {
        TagAliases aliases = TagAliases.load(java.nio.file.Path.of("content"));
        assertEquals(
                List.of("RLVR", "Reinforcement Learning from Verifiable Rewards", "RL with verifiable rewards"),
                aliases.canonicalToSpellings().get("Reinforcement Learning with Verifiable Rewards"));
    }
}
