package dev.sitegen.render;

import java.util.List;

/**
 * The statistics page: charts with their tables (papers per topic, top tags, TL;DR coverage), each
 * topic's most used tags, and the tags used across several topics.
 */
public record StatsView(
        PageView page, int paperCount, List<ChartView> charts, List<TopicTags> topicTags, List<SharedTag> sharedTags) {
    public StatsView {
        charts = List.copyOf(charts);
        topicTags = List.copyOf(topicTags);
        sharedTags = List.copyOf(sharedTags);
    }

    /** A topic and its most used tags, with counts. */
    public record TopicTags(Link topic, List<Link> tags) {
        public TopicTags {
            tags = List.copyOf(tags);
        }
    }

    /** A tag (with its paper count) and the topics it appears in. */
    public record SharedTag(Link tag, List<Link> topics) {
        public SharedTag {
            topics = List.copyOf(topics);
        }
    }
}
