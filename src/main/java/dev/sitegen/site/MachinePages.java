package dev.sitegen.site;

import dev.sitegen.model.Paper;
import dev.sitegen.render.FeedView;
import dev.sitegen.render.Page;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.SimpleView;
import dev.sitegen.render.SitemapView;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The pages around the content: search, 404, sitemap, Atom feed and robots.txt. */
final class MachinePages {
    /**
     * The feed's {@code updated} stamp when the configuration does not say when the content changed (the
     * build command always does). Never the build time, so that building the same content twice gives the
     * same bytes.
     */
    static final String FEED_UPDATED = "2026-01-01T00:00:00Z";

    private MachinePages() {}

    static List<Page> pages(PageContext ctx, List<String> htmlPaths) {
        SiteLayout layout = ctx.layout();
        List<Page> pages = new ArrayList<>(List.of(
                new Page(
                        SiteLayout.SEARCH,
                        "search.ftlh",
                        () -> new SimpleView(
                                ctx.frames().frame(SiteLayout.SEARCH, "搜索", "搜索全部论文的标题、摘要与标签。", "search"))),
                new Page(SiteLayout.NOT_FOUND, "404.ftlh", () -> {
                    String description = ctx.config().description();
                    return new SimpleView(ctx.frames().frame(SiteLayout.NOT_FOUND, "找不到页面", description, ""));
                }),
                new Page(SiteLayout.FEED, "feed.ftlx", () -> feed(ctx))));
        // The sitemap protocol requires absolute URLs: without the site's address there is no sitemap.
        if (ctx.config().baseUrl().isPresent()) {
            pages.add(new Page(
                    SiteLayout.SITEMAP,
                    "sitemap.ftlx",
                    () -> new SitemapView(htmlPaths.stream()
                            .filter(p -> !p.equals(SiteLayout.NOT_FOUND))
                            .map(p -> layout.absolute(p).orElseThrow())
                            .toList())));
        }
        return pages;
    }

    /** Allows everything and, when the site knows its address, points crawlers to the sitemap. */
    static RenderedFile robots(SiteLayout layout) {
        String sitemap = layout.absolute(SiteLayout.SITEMAP)
                .map(url -> "Sitemap: " + url + "\n")
                .orElse("");
        return new RenderedFile(
                SiteLayout.ROBOTS, ("User-agent: *\nAllow: /\n" + sitemap).getBytes(StandardCharsets.UTF_8));
    }

    private static FeedView feed(PageContext ctx) {
        SiteLayout layout = ctx.layout();
        List<FeedView.Entry> entries =
                ctx.catalog().papers().stream().map(p -> entry(ctx, p)).toList();
        return new FeedView(
                ctx.config().title(),
                ctx.config().description(),
                "urn:sitegen:feed",
                layout.absoluteOrRoot(SiteLayout.FEED),
                layout.absoluteOrRoot(SiteLayout.HOME),
                ctx.config()
                        .updated()
                        .map(DateTimeFormatter.ISO_INSTANT::format)
                        .orElse(FEED_UPDATED),
                entries);
    }

    private static FeedView.Entry entry(PageContext ctx, Paper paper) {
        return new FeedView.Entry(
                "urn:sitegen:paper:" + paper.id(),
                ctx.layout().absoluteOrRoot(ctx.layout().paper(paper.id())),
                paper.title(),
                paper.topic(),
                ctx.texts().description(paper));
    }
}
