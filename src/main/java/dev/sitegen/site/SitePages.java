package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.Page;
import dev.sitegen.text.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page of the site, in a fixed order: home, topics, tags, papers, map, statistics, reading list, then
 * search, 404, sitemap and feed.
 */
final class SitePages {
    private SitePages() {}

    static List<Page> pages(
            Catalog catalog,
            SiteConfig config,
            SiteLayout layout,
            RichText text,
            boolean hasSearchScript,
            Discoveries discoveries) {
        PaperTexts texts = new PaperTexts(text);
        PageContext ctx = new PageContext(
                catalog,
                catalog.papersById(),
                config,
                layout,
                text,
                new PageFrames(config, layout, hasSearchScript),
                texts,
                new PaperItems(layout, texts, catalog),
                discoveries);
        List<Page> pages = new ArrayList<>();
        pages.add(HomePage.page(ctx));
        pages.addAll(TopicPages.pages(ctx));
        pages.addAll(TagPages.pages(ctx));
        pages.addAll(PaperPages.pages(ctx));
        pages.addAll(DiscoverPages.pages(ctx));
        List<String> htmlPaths = new ArrayList<>(pages.stream().map(Page::path).toList());
        htmlPaths.add(SiteLayout.SEARCH);
        pages.addAll(MachinePages.pages(ctx, htmlPaths));
        return pages;
    }
}
