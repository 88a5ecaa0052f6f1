package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.render.PageView;
import dev.sitegen.render.Theme;
import dev.sitegen.text.Html;

/** Builds the layout part of every page (head, navigation, asset links) with links relative to that page. */
final class PageFrames {
    static final Html NO_JSON_LD = new Html("", false);

    private final SiteConfig config;
    private final SiteLayout layout;
    private final boolean hasSearchScript;

    PageFrames(SiteConfig config, SiteLayout layout, boolean hasSearchScript) {
        this.config = config;
        this.layout = layout;
        this.hasSearchScript = hasSearchScript;
    }

    /**
     * A list or site page titled {@code title} (the site title is appended) in navigation {@code section}. It
     * loads no math library: math in its titles and summaries shows as readable text.
     */
    PageView frame(String path, String title, String description, String section) {
        return frame(path, title, description, section, false, "website", NO_JSON_LD);
    }

    /** A page that may show math ({@code hasMath} loads KaTeX), of Open Graph type {@code ogType}. */
    PageView frame(
            String path,
            String title,
            String description,
            String section,
            boolean hasMath,
            String ogType,
            Html jsonLd) {
        // The 404 page is served for missing paths at any depth, so relative links cannot work there;
        // with a base URL it links absolutely, without one it links as if it sat at the site root.
        boolean notFound = path.equals(SiteLayout.NOT_FOUND);
        String root = notFound ? layout.absolute("").orElse("") : layout.rootPrefix(path);
        String fullTitle = title.equals(config.title()) ? title : title + " · " + config.title();
        String home = layout.hrefFromRoot(root, SiteLayout.HOME);
        return new PageView(
                config.language(),
                fullTitle,
                config.title(),
                description,
                notFound ? "" : layout.absolute(path).orElse(""),
                ogType,
                jsonLd,
                section,
                home,
                home + "#topics",
                layout.hrefFromRoot(root, SiteLayout.TAG_INDEX),
                layout.hrefFromRoot(root, SiteLayout.SEARCH),
                layout.hrefFromRoot(root, SiteLayout.MAP),
                layout.hrefFromRoot(root, SiteLayout.STATS),
                layout.hrefFromRoot(root, SiteLayout.READING_LIST),
                root,
                asset(root, Theme.STYLESHEET),
                asset(root, Theme.FAVICON),
                hasMath ? asset(root, Theme.KATEX_STYLESHEET) : "",
                hasMath ? asset(root, Theme.KATEX_SCRIPT) : "",
                hasMath ? asset(root, Theme.MATH_SCRIPT) : "",
                hasSearchScript && path.equals(SiteLayout.SEARCH) ? asset(root, Theme.SEARCH_SCRIPT) : "",
                asset(root, Theme.SITE_SCRIPT));
    }

    private String asset(String root, String name) {
        return layout.hrefFromRoot(root, layout.asset(name));
    }
}
