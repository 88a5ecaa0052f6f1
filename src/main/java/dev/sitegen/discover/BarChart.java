package dev.sitegen.discover;

import java.util.List;

/**
 * Data for one horizontal bar chart. {@code id} must be unique on the page (it prefixes the SVG's
 * element ids); {@code bars} double as the rows of the chart's text alternative, a two-column table
 * ({@code label}, {@code valueText}) under {@code title}. A bar of value {@code fullScale} spans
 * the whole width (use 100 for percentages); 0 means the largest bar does.
 */
public record BarChart(String id, String title, String description, double fullScale, List<Bar> bars) {
    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The value drawn at full width: {@code fullScale}, or the largest bar if that is larger. */
    public double scaleMax() {
        return Math.max(fullScale, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    }

    /** One bar: what it counts, its length, and the value as printed ({@code 42}, {@code 57%}). */
    public record Bar(String label, double value, String valueText) {}
}
