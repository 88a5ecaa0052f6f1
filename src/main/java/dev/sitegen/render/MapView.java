package dev.sitegen.render;

import java.util.List;

/** The paper map page: the map drawing and a legend of topics with their colours, linked to the topic pages. */
public record MapView(PageView page, int paperCount, Svg map, List<LegendEntry> legend) {
    public MapView {
        legend = List.copyOf(legend);
    }

    /**
     * A topic of the legend, with its paper count, the colour of its dots, its slug (as the map's groups carry
     * it) and the link that shows the map with that topic highlighted.
     */
    public record LegendEntry(Link topic, String colour, String slug, String highlightHref) {}
}
