package dev.sitegen.site;

import dev.sitegen.catalog.CatalogBuilder;
import dev.sitegen.catalog.CatalogResult;
import dev.sitegen.catalog.TagAliases;
import dev.sitegen.catalog.TitlePins;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.Page;
import dev.sitegen.render.PageMemo;
import dev.sitegen.render.PageRenderer;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.render.Theme;
import dev.sitegen.search.SearchDocuments;
import dev.sitegen.search.SearchIndex;
import dev.sitegen.search.SearchIndexBuilder;
import dev.sitegen.search.SynonymGroups;
import dev.sitegen.text.ContentMemo;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place the stages run, in order of execution: read → catalog → index → discover → render → write.
 * {@code build}, {@code check} and {@code serve} all go through {@link #build(Path, SiteConfig, SiteOutput)};
 * each stage is one call here and one timed line to the {@link StageListener}. Example:
 * {@code new SiteBuilder(Optional.empty(), new RichText(), StageListener.NONE).build(content, config, output)}.
 */
public final class SiteBuilder {
    /** Pages rendered at once: enough to keep every core busy, few enough that a batch's bytes stay small. */
    private static final int RENDER_BATCH = 256;

    private final Theme theme;
    private final RichText text;
    private final Optional<ContentMemo> counts;
    private final Optional<PageMemo> pages;
    private final StageListener stages;

    /** @param themeDir the theme's directory, or empty for the theme packaged in the jar */
    public SiteBuilder(Optional<Path> themeDir, RichText text, StageListener stages) {
        this(new Theme(themeDir), text, Optional.empty(), Optional.empty(), stages);
    }

    /**
     * As above with a theme already opened, for a site built again and again ({@code serve}): the search index's term
     * counts of documents unchanged since the last build are kept in {@code counts}, and the bytes of pages whose
     * views are unchanged in {@code pages}.
     */
    public SiteBuilder(Theme theme, RichText text, ContentMemo counts, PageMemo pages, StageListener stages) {
        this(theme, text, Optional.of(counts), Optional.of(pages), stages);
    }

    private SiteBuilder(
            Theme theme, RichText text, Optional<ContentMemo> counts, Optional<PageMemo> pages, StageListener stages) {
        this.theme = theme;
        this.text = text;
        this.counts = counts;
        this.pages = pages;
        this.stages = stages;
    }

    /** What a build read and, when {@code output} took it, the report of the site it wrote. */
    public record Result(SiteInput input, Optional<BuildReport> report) {}

    /** The whole pipeline; it stops after the catalog stage when {@code output} takes no site of this content. */
    public Result build(Path contentDir, SiteConfig config, SiteOutput output) throws ConfigException, IOException {
        DigestReading reading = read(contentDir);
        SiteInput input = catalog(reading, contentDir, config);
        if (!output.takes(input)) {
            return new Result(input, Optional.empty());
        }
        return new Result(input, Optional.of(build(input, config, output)));
    }

    /**
     * The site of a catalog: index → discover → render → write. Index and discover each use every core, so they
     * run one after the other: side by side they took as long and held both stages' memory at once (3 GB instead
     * of 1.4 GB at 40,000 papers). Each file goes to {@code output} as soon as it exists.
     */
    public BuildReport build(SiteInput input, SiteConfig config, SiteOutput output) throws IOException {
        SiteLayout layout = new SiteLayout(config.baseUrl());
        CountingOutput out = new CountingOutput(output);
        index(input, layout, out);
        Discoveries discoveries = discover(input.catalog(), layout);
        render(input.catalog(), config, layout, discoveries, out);
        return write(input, out);
    }

    private DigestReading read(Path contentDir) {
        long start = System.nanoTime();
        DigestReading reading = new DigestReader().read(contentDir);
        stages.finished("read", reading.entriesIn() + " entries", millisSince(start));
        return reading;
    }

    private SiteInput catalog(DigestReading reading, Path contentDir, SiteConfig config) throws ConfigException {
        long start = System.nanoTime();
        CatalogResult result =
                new CatalogBuilder().build(reading, config, TagAliases.load(contentDir), TitlePins.load(contentDir));
        stages.finished(
                "catalog",
                result.catalog().papers().size() + " papers, "
                        + result.catalog().tags().size() + " tags",
                millisSince(start));
        return new SiteInput(
                result.catalog(),
                result.diagnostics(),
                Optional.of(result.report()),
                SynonymGroups.load(contentDir),
                StaticFiles.read(contentDir));
    }

    private void index(SiteInput input, SiteLayout layout, CountingOutput out) throws IOException {
        long start = System.nanoTime();
        SearchIndex index = new SearchIndexBuilder(counts)
                .build(
                        new SearchDocuments(text, paper -> layout.paper(paper.id())).of(input.catalog()),
                        input.synonyms());
        out.add(index.files().entrySet().stream()
                .map(e -> new RenderedFile(e.getKey(), e.getValue()))
                .toList());
        stages.finished("index", index.files().size() + " search files", millisSince(start));
    }

    private Discoveries discover(Catalog catalog, SiteLayout layout) {
        long start = System.nanoTime();
        Discoveries discoveries = Discoveries.of(catalog, text, layout);
        stages.finished("discover", "similar papers, map and statistics", millisSince(start));
        return discoveries;
    }

    /** Every page, rendered in parallel in bounded batches, then the theme's assets and the data downloads. */
    private void render(
            Catalog catalog, SiteConfig config, SiteLayout layout, Discoveries discoveries, CountingOutput out)
            throws IOException {
        long start = System.nanoTime();
        int before = out.paths.size();
        List<RenderedFile> assets = theme.assets();
        PageRenderer renderer = new PageRenderer(theme.templates(), pages);
        boolean hasSearchScript = assets.stream().anyMatch(a -> a.path().equals(Theme.SEARCH_SCRIPT));
        List<Page> all = SitePages.pages(catalog, config, layout, text, hasSearchScript, discoveries);
        for (int from = 0; from < all.size(); from += RENDER_BATCH) {
            out.add(renderer.render(all.subList(from, Math.min(all.size(), from + RENDER_BATCH))));
        }
        out.add(assets.stream()
                .map(a -> new RenderedFile(layout.asset(a.path()), a.bytes()))
                .toList());
        out.add(List.of(MachinePages.robots(layout)));
        DataDownloads.add(catalog, out);
        stages.finished("render", (out.paths.size() - before) + " pages and assets", millisSince(start));
    }

    /** Adds the content's static files and makes the files the site; the report goes beside the site, not into it. */
    private BuildReport write(SiteInput input, CountingOutput out) throws IOException {
        long start = System.nanoTime();
        out.add(StaticFiles.checked(input.staticFiles(), out.paths));
        Catalog catalog = input.catalog();
        BuildReport report = new BuildReport(
                catalog.papers().size(),
                catalog.topics().size(),
                catalog.tags().size(),
                (int) out.paths.stream().filter(path -> path.endsWith(".html")).count(),
                out.paths.size(),
                input.diagnostics().stream().map(BuildReport.Problem::of).toList(),
                input.catalogReport().orElse(null));
        int written = out.write();
        stages.finished("write", written + " files", millisSince(start));
        return report;
    }

    /** Passes files on and keeps their paths, which the build report counts and static files must not take. */
    private static final class CountingOutput implements SiteOutput {
        private final SiteOutput output;
        private final Set<String> paths = new HashSet<>();

        CountingOutput(SiteOutput output) {
            this.output = output;
        }

        @Override
        public boolean takes(SiteInput input) {
            return output.takes(input);
        }

        @Override
        public void add(List<RenderedFile> batch) throws IOException {
            output.add(batch);
            batch.forEach(f -> paths.add(f.path()));
        }

        @Override
        public int write() throws IOException {
            return output.write();
        }
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
