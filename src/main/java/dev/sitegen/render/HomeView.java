package dev.sitegen.render;

import java.util.List;

/**
 * The home page: what the site is, topics by area with counts, the most used tags, the totals, and the
 * data downloads ({@code papers.json}, its schema, {@code papers.csv}).
 */
public record HomeView(PageView page, String description, int paperCount, int topicCount, int tagCount,
        List<AreaItem> areas, List<Link> topTags, String allTagsHref, String searchAction, Downloads downloads) {
    public HomeView {
        areas = List.copyOf(areas);
        topTags = List.copyOf(topTags);
    }

    /** Links to the data files, relative to the home page. */
    public record Downloads(String jsonHref, String schemaHref, String csvHref) {
    }

    /** An area heading with its topics (linked, with paper counts). */
    public record AreaItem(String name, List<Link> topics) {
        public AreaItem {
            topics = List.copyOf(topics);
        }
    }
}
