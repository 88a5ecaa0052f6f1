package dev.sitegen.site;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.PageRenderer;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.search.SearchDocuments;
import dev.sitegen.search.SearchIndex;
import dev.sitegen.search.SearchIndexBuilder;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the site from a catalog: index and discover (side by side) → render → write. Each stage returns
 * values; only the {@link SiteWriter} touches the disk, and it replaces the output directory only once
 * everything is ready.
 */
public final class SiteBuilder {
    private final SiteConfig config;
    private final Templates templates;
    private final List<RenderedFile> assets;
    private final RichText text;
    private final SiteWriter writer = new SiteWriter();

    /**
     * @param assets the theme's static files, paths relative to the assets folder ({@link ThemeAssets#read})
     */
    public SiteBuilder(SiteConfig config, Templates templates, List<RenderedFile> assets, RichText text) {
        this.config = config;
        this.templates = templates;
        this.assets = List.copyOf(assets);
        this.text = text;
    }

    public BuildReport build(SiteInput input, Path outDir) throws IOException {
        return build(input, outDir, StageListener.NONE);
    }

    public BuildReport build(SiteInput input, Path outDir, StageListener stages) throws IOException {
        SiteFiles site = files(input, stages);
        long start = System.nanoTime();
        writer.write(outDir, site.files());
        stages.finished("write", site.files().size() + " files", millisSince(start));
        return site.report();
    }

    /**
     * Every file of the site, in memory, ready for a writer: the discover, render and index stages. The
     * index does not depend on the discoveries, so it is built while they are computed on another thread.
     */
    public SiteFiles files(SiteInput input, StageListener stages) {
        SiteLayout layout = new SiteLayout(config.baseUrl());
        long discoverStart = System.nanoTime();
        CompletableFuture<Discoveries> discover = CompletableFuture.supplyAsync(() -> {
            Discoveries found = Discoveries.of(input.catalog(), text, layout);
            stages.finished("discover", "similar papers, map and statistics", millisSince(discoverStart));
            return found;
        });
        long start = System.nanoTime();
        List<RenderedFile> index = index(input.catalog(), layout);
        stages.finished("index", index.size() + " search files", millisSince(start));
        Discoveries discoveries = joined(discover);
        start = System.nanoTime();
        List<RenderedFile> files = new ArrayList<>(render(input.catalog(), layout, discoveries));
        stages.finished("render", files.size() + " pages and assets", millisSince(start));
        files.addAll(index);
        BuildReport report = report(input, files);
        files.add(new RenderedFile(SiteLayout.REPORT, report.toJson()));
        return new SiteFiles(files, report);
    }

    private List<RenderedFile> render(Catalog catalog, SiteLayout layout, Discoveries discoveries) {
        boolean hasSearchScript = assets.stream().anyMatch(a -> a.path().equals(ThemeAssets.SEARCH_SCRIPT));
        List<RenderedFile> files = new ArrayList<>(new PageRenderer(templates)
                .render(SitePages.pages(catalog, config, layout, text, hasSearchScript, discoveries)));
        assets.forEach(a -> files.add(new RenderedFile(layout.asset(a.path()), a.bytes())));
        files.add(MachinePages.robots(layout));
        files.addAll(DataDownloads.files(catalog));
        return files;
    }

    private List<RenderedFile> index(Catalog catalog, SiteLayout layout) {
        SearchIndex index = new SearchIndexBuilder()
                .build(new SearchDocuments(text, paper -> layout.paper(paper.id())).of(catalog));
        return index.files().entrySet().stream().map(e -> new RenderedFile(e.getKey(), e.getValue())).toList();
    }

    private static BuildReport report(SiteInput input, List<RenderedFile> files) {
        Catalog catalog = input.catalog();
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        return new BuildReport(catalog.papers().size(), catalog.topics().size(), catalog.tags().size(), pages,
                files.size() + 1, BuildReport.problems(input.diagnostics()), input.catalogReport().orElse(null));
    }

    /** The value of a stage run on another thread; its failure is rethrown as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
