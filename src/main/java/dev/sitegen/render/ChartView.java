package dev.sitegen.render;

import java.util.List;

/**
 * A horizontal bar chart drawn in HTML, so that it reflows on a phone and each bar is a link: one row per bar
 * with its label, link ({@code href}, empty when the label links nowhere), printed value and length as a
 * percentage of the chart's width ({@code percent}, a CSS number such as {@code 37.5}).
 */
public record ChartView(String id, String title, String description, List<Row> rows) {
    public ChartView {
        rows = List.copyOf(rows);
    }

    /** One bar. */
    public record Row(String label, String href, String value, String percent) {}
}
