package dev.sitegen.discover;

import java.util.List;
import java.util.Locale;

/** The statistics page's charts, built from {@link CatalogStats}. */
public final class StatsCharts {

    private StatsCharts() {
    }

    /** Papers per topic, in catalog order. */
    public static BarChart papersPerTopic(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.papersPerTopic().stream()
                .map(t -> new BarChart.Bar(t.topic(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("papers-per-topic", "Papers per topic",
                "Number of papers in each of the " + bars.size() + " topics.", 0, bars);
    }

    /** The most used canonical tags overall. */
    public static BarChart topTags(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.topTags().stream()
                .map(t -> new BarChart.Bar(t.name(), t.papers(), Integer.toString(t.papers())))
                .toList();
        return new BarChart("top-tags", "Most used tags",
                "The " + bars.size() + " tags carried by the most papers, with their paper counts.", 0, bars);
    }

    /** Share of papers with a TL;DR in each topic, as a percentage. */
    public static BarChart tldrCoverage(CatalogStats stats) {
        List<BarChart.Bar> bars = stats.tldrCoverage().stream()
                .map(c -> new BarChart.Bar(c.topic(), 100 * c.share(), String.format(Locale.ROOT, "%.0f%% (%d/%d)",
                        100 * c.share(), c.withTldr(), c.papers())))
                .toList();
        return new BarChart("tldr-coverage", "TL;DR coverage per topic",
                "Percentage of each topic's papers that come with a one-sentence TL;DR.", 100, bars);
    }
}
