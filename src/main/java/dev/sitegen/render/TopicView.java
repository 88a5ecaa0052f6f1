package dev.sitegen.render;

import java.util.List;

/**
 * A topic page: every paper of the topic in digest order as cards, and the topic's most used tags, which
 * the site script turns into filters of the list.
 */
public record TopicView(
        PageView page,
        String name,
        String area,
        int paperCount,
        List<Link> topTags,
        List<PaperItem> papers,
        String mapHref) {
    public TopicView {
        topTags = List.copyOf(topTags);
        papers = List.copyOf(papers);
    }
}
