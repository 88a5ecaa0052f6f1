package dev.sitegen.render;

import java.util.List;

/**
 * A topic page: every paper of the topic in digest order, the topic's most used tags and a chart of
 * its key tags ({@code tagChart}, whose table alternative is the tag list).
 */
public record TopicView(PageView page, String name, String area, int paperCount, List<Link> topTags,
        Svg tagChart, List<PaperItem> papers) {
    public TopicView {
        topTags = List.copyOf(topTags);
        papers = List.copyOf(papers);
    }
}
