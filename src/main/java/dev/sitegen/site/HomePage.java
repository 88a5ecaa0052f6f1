package dev.sitegen.site;

import dev.sitegen.model.Catalog;
import dev.sitegen.render.HomeView;
import dev.sitegen.render.Link;
import dev.sitegen.render.Page;

/** The home page: what the site is, every topic by area with its count, the most used tags, ways to explore, data. */
final class HomePage {
    static final int TOP_TAGS = 40;

    private HomePage() {
    }

    static Page page(PageContext ctx) {
        return new Page(SiteLayout.HOME, "home.ftlh", () -> view(ctx));
    }

    private static HomeView view(PageContext ctx) {
        Catalog catalog = ctx.catalog();
        SiteLayout layout = ctx.layout();
        String from = SiteLayout.HOME;
        var areas = catalog.areas().stream()
                .map(area -> new HomeView.AreaItem(area.name(), area.topics().stream()
                        .map(t -> new Link(layout.href(from, layout.topic(t.slug())), t.name(), t.papers().size()))
                        .toList()))
                .toList();
        var topTags = catalog.tags().stream().filter(t -> !ctx.discoveries().contextTags().contains(t.slug()))
                .limit(TOP_TAGS)
                .map(tag -> ctx.items().tagLink(tag.slug(), from, true)).toList();
        return new HomeView(ctx.frames().frame(from, ctx.config().title(), ctx.config().description(), "home", false),
                ctx.config().description(), catalog.papers().size(), catalog.topics().size(), catalog.tags().size(),
                areas, topTags, layout.href(from, SiteLayout.TAG_INDEX), layout.href(from, SiteLayout.SEARCH),
                DataDownloads.links(layout, from));
    }
}
