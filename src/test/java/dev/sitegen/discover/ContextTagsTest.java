package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.SourceLocation;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextTagsTest {
    private static final String AREA = "area";

    /**
     * 30 papers in one area: "llm" on 11 (more than a third), "rl" on 10 (exactly a third), "kv-cache" and
     * "quant" on 6 each, always together; abstracts name "KV cache" on papers 20 and 21, which lack the tag.
     */
    static Catalog catalog() {
        List<Paper> papers = new ArrayList<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            List<String> slugs = new ArrayList<>();
            if (i < 11) {
                slugs.add("llm");
            }
            if (i >= 10 && i < 20) {
                slugs.add("rl");
            }
            if (i >= 24) {
                slugs.add("kv-cache");
                slugs.add("quant");
            }
            String id = "p" + i;
            slugs.forEach(s -> ids.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
            String text = i == 20
                    ? "We shrink the KV caches of long prompts."
                    : i == 21 ? "Reasoning about reasoning; the kv-cache is not it." : "Nothing in particular.";
            papers.add(new Paper(
                    id,
                    "Paper " + i,
                    Optional.empty(),
                    AREA,
                    "topic",
                    slugs.stream().map(s -> new TagRef(s, s)).toList(),
                    Optional.empty(),
                    List.of(),
                    List.of(text),
                    new SourceLocation("t.txt", i + 1)));
        }
        Map<String, String> names =
                Map.of("llm", "LLM", "rl", "Reinforcement Learning", "kv-cache", "KV cache", "quant", "Quantization");
        List<Tag> tags = ids.entrySet().stream()
                .map(e -> new Tag(e.getKey(), names.get(e.getKey()), List.of(names.get(e.getKey())), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(Tag::count).reversed().thenComparing(Tag::slug))
                .toList();
        Topic topic = new Topic("topic", "topic", AREA, papers);
        return new Catalog(List.of(new Area(AREA, List.of(topic))), tags);
    }

    @Test
    void aTagOnMoreThanAThirdOfAnAreaIsContext() {
        assertEquals(Set.of("llm"), ContextTags.of(catalog()));
    }

    @Test
    void contextTagsLeadNoChartAndAreNobodysRelatedTag() {
        Catalog catalog = catalog();
        assertTrue(CatalogStats.of(catalog, 10).topTags().stream()
                .noneMatch(t -> t.slug().equals("llm")));
        assertEquals("rl", CatalogStats.of(catalog, 10).topTags().get(0).slug());
        // rl and llm share paper 10 only; kv-cache and quant always go together.
        Map<String, List<RelatedTag>> related = TagCooccurrence.compute(catalog, 5, 1);
        assertTrue(related.get("rl").isEmpty(), related.get("rl").toString());
        assertEquals(
                List.of("quant"),
                related.get("kv-cache").stream().map(RelatedTag::slug).toList());
    }

    @Test
    void aSmallAreaHasNoContextTags() {
        assertEquals(Set.of(), ContextTags.of(CatalogFixture.catalog()));
    }
}
