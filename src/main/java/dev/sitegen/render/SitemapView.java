package dev.sitegen.render;

import java.util.List;

/** The sitemap: the URL of every page worth indexing. */
public record SitemapView(List<String> urls) {
    public SitemapView {
        urls = List.copyOf(urls);
    }
}
