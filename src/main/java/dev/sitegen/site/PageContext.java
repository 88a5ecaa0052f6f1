package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.text.RichText;
import java.util.Map;

/**
 * What every page builder reads: the catalog and its papers by id, the configuration, the layout, the rich text,
 * the shared view helpers and the discovery results.
 */
record PageContext(
        Catalog catalog,
        Map<String, Paper> papersById,
        SiteConfig config,
        SiteLayout layout,
        RichText text,
        PageFrames frames,
        PaperTexts texts,
        PaperItems items,
        Discoveries discoveries) {}
