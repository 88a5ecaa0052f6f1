package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.PageRenderer;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the site from a catalog: render → index → write. Each stage returns values; only the
 * {@link SiteWriter} touches the disk, and it replaces the output directory only once everything is ready.
 */
public final class SiteBuilder {
    private final SiteConfig config;
    private final Templates templates;
    private final List<RenderedFile> assets;
    private final RichText text;
    private final Function<Catalog, List<RenderedFile>> index;
    private final SiteWriter writer = new SiteWriter();

    /**
     * @param assets the theme's static files, paths relative to the assets folder ({@link ThemeAssets#read})
     * @param index  the index stage: the search index files for a catalog (none until search is wired in)
     */
    public SiteBuilder(SiteConfig config, Templates templates, List<RenderedFile> assets, RichText text,
            Function<Catalog, List<RenderedFile>> index) {
        this.config = config;
        this.templates = templates;
        this.assets = List.copyOf(assets);
        this.text = text;
        this.index = index;
    }

    public BuildReport build(SiteInput input, Path outDir) throws IOException {
        long start = System.nanoTime();
        SiteLayout layout = new SiteLayout(config.baseUrl());
        List<RenderedFile> files = new ArrayList<>(render(input.catalog(), layout));
        files.addAll(index.apply(input.catalog()));
        BuildReport report = report(input, files, (System.nanoTime() - start) / 1_000_000);
        files.add(new RenderedFile(SiteLayout.REPORT, report.toJson()));
        writer.write(outDir, files);
        return report;
    }

    private List<RenderedFile> render(Catalog catalog, SiteLayout layout) {
        boolean hasSearchScript = assets.stream().anyMatch(a -> a.path().equals(ThemeAssets.SEARCH_SCRIPT));
        List<RenderedFile> files = new ArrayList<>(new PageRenderer(templates)
                .render(SitePages.pages(catalog, config, layout, text, hasSearchScript)));
        assets.forEach(a -> files.add(new RenderedFile(layout.asset(a.path()), a.bytes())));
        files.add(MachinePages.robots(layout));
        return files;
    }

    private static BuildReport report(SiteInput input, List<RenderedFile> files, long millis) {
        Catalog catalog = input.catalog();
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        return new BuildReport(catalog.papers().size(), catalog.topics().size(), catalog.tags().size(), pages,
                files.size() + 1, BuildReport.problems(input.diagnostics()), input.catalogReport().orElse(null),
                millis);
    }
}
