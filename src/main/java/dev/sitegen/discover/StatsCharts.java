package dev.sitegen.discover;

import java.util.List;
import java.util.Locale;

/** The charts of the statistics page, built from {@link CatalogStats}; titles are in the site's Chinese. */
public final class StatsCharts {

    private StatsCharts() {}

    /** Papers per topic, in catalog order. */
    public static BarChart papersPerTopic(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.papersPerTopic().stream()
                .map(t -> new BarChart.Bar(t.topic(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("papers-per-topic", "各主题论文数", bars.size() + " 个主题各有多少篇论文。", 0, bars);
    }

    /** The most used canonical tags overall. */
    public static BarChart topTags(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.topTags().stream()
                .map(t -> new BarChart.Bar(t.name(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("top-tags", "最常用的标签", "论文数最多的 " + bars.size() + " 个标签及其论文数。", 0, bars);
    }

    /** Share of papers with a TL;DR in each topic, as a percentage. */
    public static BarChart tldrCoverage(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.tldrCoverage().stream()
                .map(c -> new BarChart.Bar(
                        c.topic(),
                        100 * c.share(),
                        String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100 * c.share(), c.withTldr(), c.papers())))
                .toList();
        return new BarChart("tldr-coverage", "各主题 TL;DR 覆盖率", "每个主题中附有一句话 TL;DR 的论文所占百分比。", 100, bars);
    }
}
