package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagCooccurrenceTest {

    private final Map<String, List<RelatedTag>> related = TagCooccurrence.compute(CatalogFixture.catalog(), 5, 2);

    @Test
    void relatesTagsThatAlwaysAppearTogether() {
        assertEquals(List.of(new RelatedTag("peft", "PEFT", 2, 1.0)), related.get("lora"));
    }

    @Test
    void ranksByJaccard() {
        // RL and Reasoning (3 papers each) share 2: 2 / (3 + 3 - 2); RL and LLM share 1, below the minimum
        assertEquals(List.of(new RelatedTag("reasoning", "Reasoning", 2, 0.5)), related.get("reinforcement-learning"));
    }

    @Test
    void listsEveryTagEvenWithoutRelations() {
        assertEquals(CatalogFixture.catalog().tags().size(), related.size());
        assertTrue(related.get("quantization").isEmpty());
    }

    @Test
    void neverRelatesATagToItself() {
        related.forEach((slug, list) -> list.forEach(r -> assertTrue(!r.slug().equals(slug))));
    }
}
