package dev.sitegen.site;

import dev.sitegen.model.TagRef;
import dev.sitegen.model.Topic;
import dev.sitegen.render.Link;
import dev.sitegen.render.Page;
import dev.sitegen.render.PaperItem;
import dev.sitegen.render.TopicView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One page per topic: all its papers in digest order and the tags used most within the topic. A list page loads
 * no math library: math in titles and summaries shows as its readable text.
 */
final class TopicPages {
    static final int TOP_TAGS = 12;

    private TopicPages() {}

    static List<Page> pages(PageContext ctx) {
        return ctx.catalog().topics().stream()
                .map(topic -> {
                    String path = ctx.layout().topic(topic.slug());
                    return new Page(path, "topic.ftlh", () -> view(ctx, topic, path));
                })
                .toList();
    }

    private static TopicView view(PageContext ctx, Topic topic, String path) {
        List<PaperItem> papers =
                topic.papers().stream().map(p -> ctx.items().item(p, path)).toList();
        String description = topic.area() + " · " + topic.name() + "：" + papers.size() + " 篇论文";
        return new TopicView(
                ctx.frames().frame(path, topic.name(), description, "topics"),
                topic.name(),
                topic.area(),
                papers.size(),
                topTags(ctx, topic, path),
                papers,
                ctx.layout().href(path, SiteLayout.MAP) + "?topic=" + topic.slug());
    }

    /** The topic's tags by how many of its papers carry them, then by slug. */
    private static List<Link> topTags(PageContext ctx, Topic topic, String path) {
        Map<String, Long> counts = topic.papers().stream()
                .flatMap(p -> p.tags().stream().map(TagRef::slug).distinct())
                .collect(Collectors.groupingBy(slug -> slug, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(e -> !ctx.discoveries().contextTags().contains(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TAGS)
                .map(e -> {
                    Link link = ctx.items().tagLink(e.getKey(), path, false);
                    return new Link(link.href(), link.label(), e.getValue().intValue());
                })
                .toList();
    }
}
