package dev.sitegen.render;

import java.util.List;

/**
 * The home page: what the site is, each topic by area with a few of its papers as cards and a link to all of
 * them, the most used tags, the totals, and a small line of data downloads ({@code papers.json}, schema, CSV).
 */
public record HomeView(
        PageView page,
        String description,
        int paperCount,
        int topicCount,
        int tagCount,
        List<AreaItem> areas,
        List<Link> topTags,
        String allTagsHref,
        String searchAction,
        Downloads downloads) {
    public HomeView {
        areas = List.copyOf(areas);
        topTags = List.copyOf(topTags);
    }

    /** Links to the data files, relative to the home page. */
    public record Downloads(String jsonHref, String schemaHref, String csvHref) {}

    /** An area heading with its topics. */
    public record AreaItem(String name, List<TopicItem> topics) {
        public AreaItem {
            topics = List.copyOf(topics);
        }
    }

    /** A topic (linked, with its paper count) and the first few of its papers. */
    public record TopicItem(Link topic, List<PaperItem> papers) {
        public TopicItem {
            papers = List.copyOf(papers);
        }
    }
}
