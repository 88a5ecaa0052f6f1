package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.render.HomeView;
import dev.sitegen.render.Page;

/** The home page: what the site is, every topic by area with a few of its papers, the most used tags, ways to explore. */
final class HomePage {
    static final int TOP_TAGS = 24;
    /** Papers shown per topic: enough to show what the topic holds, few enough that all topics fit a few screens. */
    static final int PAPERS_PER_TOPIC = 3;

    private HomePage() {}

    static Page page(PageContext ctx) {
        return new Page(SiteLayout.HOME, "home.ftlh", () -> view(ctx));
    }

    private static HomeView view(PageContext ctx) {
        Catalog catalog = ctx.catalog();
        SiteLayout layout = ctx.layout();
        String from = SiteLayout.HOME;
        var areas = catalog.areas().stream()
                .map(area -> new HomeView.AreaItem(
                        area.name(),
                        area.topics().stream()
                                .map(t -> new HomeView.TopicItem(
                                        ctx.items().topicLink(t, from),
                                        t.papers().stream()
                                                .limit(PAPERS_PER_TOPIC)
                                                .map(p -> ctx.items().item(p, from))
                                                .toList()))
                                .toList()))
                .toList();
        var topTags = catalog.tags().stream()
                .filter(t -> !ctx.discoveries().contextTags().contains(t.slug()))
                .limit(TOP_TAGS)
                .map(tag -> ctx.items().tagLink(tag.slug(), from, true))
                .toList();
        return new HomeView(
                ctx.frames().frame(from, ctx.config().title(), ctx.config().description(), "home"),
                ctx.config().description(),
                catalog.papers().size(),
                catalog.topics().size(),
                catalog.tags().size(),
                areas,
                topTags,
                layout.href(from, SiteLayout.TAG_INDEX),
                layout.href(from, SiteLayout.SEARCH),
                DataDownloads.links(layout, from));
    }
}
