package dev.sitegen.site;

import dev.sitegen.discover.BarChart;
import dev.sitegen.discover.CatalogStats;
import dev.sitegen.render.ChartView;
import dev.sitegen.render.Link;
import dev.sitegen.render.StatsView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The statistics page: each chart with its table, each topic's key tags and the tags shared across topics. */
final class StatsPage {
    /** Shared tags listed; the rest are one click away on the tag index. */
    static final int SHARED_TAGS = 30;

    static final int TOPIC_TAGS = 10;
    private static final String FROM = SiteLayout.STATS;

    private StatsPage() {}

    static StatsView view(PageContext ctx) {
        CatalogStats stats = ctx.discoveries().stats();
        SiteLayout layout = ctx.layout();
        Map<String, String> topicHrefs = stats.papersPerTopic().stream()
                .collect(Collectors.toMap(
                        CatalogStats.TopicCount::topic,
                        t -> layout.href(FROM, layout.topic(t.topicSlug())),
                        (a, b) -> a));
        Map<String, String> tagHrefs = stats.topTags().stream()
                .collect(Collectors.toMap(
                        CatalogStats.TagCount::name, t -> layout.href(FROM, layout.tag(t.slug())), (a, b) -> a));
        List<ChartView> charts = List.of(
                chart(stats.papersPerTopicChart(), topicHrefs::get),
                chart(stats.topTagsChart(), tagHrefs::get),
                chart(stats.tldrCoverageChart(), topicHrefs::get));
        List<StatsView.TopicTags> perTopic = stats.topTagsPerTopic().stream()
                .map(t -> new StatsView.TopicTags(
                        Link.of(layout.href(FROM, layout.topic(t.topicSlug())), t.topic()),
                        t.tags().stream()
                                .limit(TOPIC_TAGS)
                                .map(tag -> tagLink(layout, tag.slug(), tag.name(), tag.papers()))
                                .toList()))
                .toList();
        List<StatsView.SharedTag> shared = stats.sharedTags().stream()
                .limit(SHARED_TAGS)
                .map(s -> new StatsView.SharedTag(
                        tagLink(layout, s.slug(), s.name(), s.papers()),
                        s.topics().stream()
                                .map(name -> Link.of(topicHrefs.getOrDefault(name, ""), name))
                                .toList()))
                .toList();
        int papers = ctx.catalog().papers().size();
        String description = papers + " 篇论文的统计：各主题论文数、常用标签、跨主题标签与 TL;DR 覆盖率。";
        return new StatsView(ctx.frames().frame(FROM, "统计", description, "stats"), papers, charts, perTopic, shared);
    }

    private static Link tagLink(SiteLayout layout, String slug, String name, int papers) {
        return new Link(layout.href(FROM, layout.tag(slug)), name, papers);
    }

    /** The chart's rows; a row links where {@code hrefOf} knows the label. */
    private static ChartView chart(BarChart chart, Function<String, String> hrefOf) {
        double max = chart.scaleMax();
        List<ChartView.Row> rows = chart.bars().stream()
                .map(b -> {
                    String href = hrefOf.apply(b.label());
                    String percent = String.format(Locale.ROOT, "%.1f", max > 0 ? 100 * b.value() / max : 0);
                    return new ChartView.Row(b.label(), href == null ? "" : href, b.valueText(), percent);
                })
                .toList();
        return new ChartView(chart.id(), chart.title(), chart.description(), rows);
    }
}
