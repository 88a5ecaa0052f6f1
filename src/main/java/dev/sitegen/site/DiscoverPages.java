package dev.sitegen.site;

import dev.sitegen.discover.TopicPalette;
import dev.sitegen.model.Topic;
import dev.sitegen.render.MapView;
import dev.sitegen.render.Page;
import dev.sitegen.render.SimpleView;
import dev.sitegen.render.Svg;
import java.util.ArrayList;
import java.util.List;

/** The pages for exploring the digest as a whole: the paper map, the statistics and the reading list. */
final class DiscoverPages {
    private DiscoverPages() {}

    static List<Page> pages(PageContext ctx) {
        return List.of(
                new Page(SiteLayout.MAP, "map.ftlh", () -> map(ctx)),
                new Page(SiteLayout.STATS, "stats.ftlh", () -> StatsPage.view(ctx)),
                new Page(
                        SiteLayout.READING_LIST,
                        "reading-list.ftlh",
                        () -> new SimpleView(
                                ctx.frames().frame(SiteLayout.READING_LIST, "收藏夹", "在本浏览器中收藏的论文。", "reading-list"))));
    }

    private static MapView map(PageContext ctx) {
        String from = SiteLayout.MAP;
        List<MapView.LegendEntry> legend = new ArrayList<>();
        List<Topic> topics = ctx.catalog().topics();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            legend.add(new MapView.LegendEntry(
                    ctx.items().topicLink(topic, from),
                    TopicPalette.colour(i),
                    topic.slug(),
                    ctx.layout().href(from, from) + "?topic=" + topic.slug()));
        }
        int papers = ctx.catalog().papers().size();
        String description = papers + " 篇论文按内容相似度排布的地图，每个点链接到一篇论文。";
        return new MapView(
                ctx.frames().frame(from, "论文地图", description, "map"),
                papers,
                new Svg(ctx.discoveries().mapSvg()),
                legend);
    }
}
