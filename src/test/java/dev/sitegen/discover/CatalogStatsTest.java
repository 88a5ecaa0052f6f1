package dev.sitegen.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogStatsTest {

    private final CatalogStats stats = CatalogStats.of(CatalogFixture.catalog(), 3);

    @Test
    void countsPapersPerTopicInCatalogOrder() {
        assertEquals(
                List.of(3, 3, 1),
                stats.papersPerTopic().stream()
                        .map(CatalogStats.TopicCount::papers)
                        .toList());
        assertEquals("效率与压缩", stats.papersPerTopic().get(0).topic());
    }

    @Test
    void ranksTopTagsByPaperCountThenSlug() {
        assertEquals(
                List.of("Reasoning", "Reinforcement Learning", "LLM"),
                stats.topTags().stream().map(CatalogStats.TagCount::name).toList());
        assertEquals(
                List.of(3, 3, 2),
                stats.topTags().stream().map(CatalogStats.TagCount::papers).toList());
    }

    @Test
    void countsTagsWithinEachTopic() {
        CatalogStats.TopicTags efficiency = stats.topTagsPerTopic().get(0);
        assertEquals(
                List.of("LoRA", "PEFT", "LLM"),
                efficiency.tags().stream().map(CatalogStats.TagCount::name).toList());
        assertEquals(2, efficiency.tags().get(0).papers());
    }

    @Test
    void findsTagsSharedAcrossTopics() {
        assertEquals(
                List.of("reinforcement-learning", "llm"),
                stats.sharedTags().stream().map(CatalogStats.SharedTag::slug).toList());
        assertEquals(List.of("推理与思维链", "Agent 与工具使用"), stats.sharedTags().get(0).topics());
    }

    @Test
    void keepsPaperOutOfTldrCoverageWhenTldrMissing() {
        CatalogStats.TldrCoverage reasoning = stats.tldrCoverage().get(1);
        assertEquals(2, reasoning.withTldr());
        assertEquals(3, reasoning.papers());
        assertEquals(2 / 3.0, reasoning.share(), 1e-12);
    }
}
