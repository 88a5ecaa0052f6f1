package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;

/**
 * What every page builder reads: the catalog, the configuration, the layout, the shared view helpers and
 * the discovery results.
 */
record PageContext(
        Catalog catalog,
        SiteConfig config,
        SiteLayout layout,
        PageFrames frames,
        PaperTexts texts,
        PaperItems items,
        Discoveries discoveries) {}
