package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts for the statistics page: papers per topic, the most used canonical tags overall and per
 * topic, tags used in more than one topic, and how many papers of each topic have a TL;DR.
 * Lists are ready for tables; the charts are built from them, with titles in the site's Chinese.
 */
public record CatalogStats(
        List<TopicCount> papersPerTopic,
        List<TagCount> topTags,
        List<TopicTags> topTagsPerTopic,
        List<SharedTag> sharedTags,
        List<TldrCoverage> tldrCoverage) {

    public CatalogStats {
        papersPerTopic = List.copyOf(papersPerTopic);
        topTags = List.copyOf(topTags);
        topTagsPerTopic = List.copyOf(topTagsPerTopic);
        sharedTags = List.copyOf(sharedTags);
        tldrCoverage = List.copyOf(tldrCoverage);
    }

    /** A topic and its number of papers. */
    public record TopicCount(String topicSlug, String topic, int papers) {}

    /** A canonical tag and the number of papers carrying it. */
    public record TagCount(String slug, String name, int papers) {}

    /** A topic's most used tags, most used first. */
    public record TopicTags(String topicSlug, String topic, List<TagCount> tags) {
        public TopicTags {
            tags = List.copyOf(tags);
        }
    }

    /** A tag used in several topics, with those topics in catalog order. */
    public record SharedTag(String slug, String name, int papers, List<String> topics) {
        public SharedTag {
            topics = List.copyOf(topics);
        }
    }

    /** How many of a topic's papers have a TL;DR. */
    public record TldrCoverage(String topic, int withTldr, int papers) {
        /** Share in [0, 1]; 0 for an empty topic. */
        public double share() {
            return papers == 0 ? 0 : (double) withTldr / papers;
        }
    }

    /**
     * Statistics of {@code catalog}, keeping {@code topN} tags overall and per topic; the {@link ContextTags} are
     * left out of those rankings.
     */
    public static CatalogStats of(Catalog catalog, int topN) {
        Set<String> context = ContextTags.of(catalog);
        List<TopicCount> perTopic = new ArrayList<>();
        List<TopicTags> perTopicTags = new ArrayList<>();
        List<TldrCoverage> coverage = new ArrayList<>();
        Map<String, Tag> tags = catalog.tagsBySlug();
        Map<String, Set<String>> topicsOfTag = new LinkedHashMap<>();
        for (Topic topic : catalog.topics()) {
            perTopic.add(
                    new TopicCount(topic.slug(), topic.name(), topic.papers().size()));
            coverage.add(new TldrCoverage(
                    topic.name(),
                    (int) topic.papers().stream()
                            .filter(p -> p.tldr().isPresent())
                            .count(),
                    topic.papers().size()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Paper paper : topic.papers()) {
                paper.tags().stream().map(TagRef::slug).distinct().forEach(slug -> {
                    counts.merge(slug, 1, Integer::sum);
                    topicsOfTag
                            .computeIfAbsent(slug, k -> new LinkedHashSet<>())
                            .add(topic.name());
                });
            }
            List<TagCount> top = counts.entrySet().stream()
                    .filter(e -> !context.contains(e.getKey()))
                    .map(e -> new TagCount(e.getKey(), nameOf(tags, e.getKey()), e.getValue()))
                    .sorted(MOST_USED)
                    .limit(topN)
                    .toList();
            perTopicTags.add(new TopicTags(topic.slug(), topic.name(), top));
        }
        List<TagCount> overall = catalog.tags().stream()
                .filter(t -> !context.contains(t.slug()))
                .map(t -> new TagCount(t.slug(), t.name(), t.count()))
                .sorted(MOST_USED)
                .limit(topN)
                .toList();
        List<SharedTag> shared = topicsOfTag.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(e -> new SharedTag(
                        e.getKey(), nameOf(tags, e.getKey()), countOf(tags, e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt((SharedTag s) -> -s.topics().size())
                        .thenComparingInt(s -> -s.papers())
                        .thenComparing(SharedTag::slug))
                .toList();
        return new CatalogStats(perTopic, overall, perTopicTags, shared, coverage);
    }

    /** Papers per topic, in catalog order. */
    public BarChart papersPerTopicChart() {
        List<BarChart.Bar> bars = papersPerTopic.stream()
                .map(t -> new BarChart.Bar(t.topic(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("papers-per-topic", "各主题论文数", bars.size() + " 个主题各有多少篇论文。", 0, bars);
    }

    /** The most used canonical tags overall. */
    public BarChart topTagsChart() {
        List<BarChart.Bar> bars = topTags.stream()
                .map(t -> new BarChart.Bar(t.name(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("top-tags", "最常用的标签", "论文数最多的 " + bars.size() + " 个标签及其论文数。", 0, bars);
    }

    /** Share of papers with a TL;DR in each topic, as a percentage. */
    public BarChart tldrCoverageChart() {
        List<BarChart.Bar> bars = tldrCoverage.stream()
                .map(c -> new BarChart.Bar(
                        c.topic(),
                        100 * c.share(),
                        String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100 * c.share(), c.withTldr(), c.papers())))
                .toList();
        return new BarChart("tldr-coverage", "各主题 TL;DR 覆盖率", "每个主题中附有一句话 TL;DR 的论文所占百分比。", 100, bars);
    }

    private static final Comparator<TagCount> MOST_USED =
            Comparator.comparingInt((TagCount t) -> -t.papers()).thenComparing(TagCount::slug);

    private static String nameOf(Map<String, Tag> tags, String slug) {
        Tag tag = tags.get(slug);
        return tag == null ? slug : tag.name();
    }

    private static int countOf(Map<String, Tag> tags, String slug) {
        Tag tag = tags.get(slug);
        return tag == null ? 0 : tag.count();
    }
}
