package dev.sitegen.render;

import java.util.List;

/** A bar chart and its text alternative: a table with one row per bar ({@code label}, optional link, value). */
public record ChartView(String id, String title, String description, Svg svg, List<Row> rows) {
    public ChartView {
        rows = List.copyOf(rows);
    }

    /** One bar as a table row; {@code href} is empty when the label links nowhere. */
    public record Row(String label, String href, String value) {
    }
}
