package dev.sitegen.cli;

import dev.sitegen.catalog.ReadReport;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.render.ThemeException;
import dev.sitegen.site.BuildReport;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteInput;
import dev.sitegen.site.StaticFiles;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** {@code build}: read → catalog → index → discover → render → write, then one summary line. */
final class BuildCommand {
    private final CatalogSource source;

    BuildCommand(CatalogSource source) {
        this.source = source;
    }

    int run(Options options, Console console) {
        long start = System.nanoTime();
        Optional<ContentLoader.Loaded> loaded = ContentLoader.load(options, source, console);
        if (loaded.isEmpty()) {
            return Main.INPUT_ERROR;
        }
        SiteInput input = loaded.get().input();
        SiteConfig config = options.baseUrl().map(loaded.get().config()::withBaseUrl).orElse(loaded.get().config());
        console.stage("read", input.catalog().papers().size() + " papers", millisSince(start));
        if (input.hasErrors() && !options.keepGoing()) {
            console.error(errorCount(input.diagnostics())
                    + " input error(s); nothing was written (fix them, or use --keep-going)");
            return Main.INPUT_ERROR;
        }
        if (input.catalog().papers().isEmpty() && !options.allowEmpty()) {
            console.error("no paper was read from " + options.contentDir() + ", so nothing was written and the "
                    + "previous site stays; add a digest (*.txt), or use --allow-empty if an empty site is intended");
            return Main.INPUT_ERROR;
        }
        try {
            Templates templates = Templates.open(options.templatesDir());
            var assets = ThemeAssets.read(options.templatesDir());
            BuildReport report = new SiteBuilder(config, templates, assets, new RichText())
                    .build(input, options.outDir(), console::stage);
            console.summary(summary(report, millisSince(start)));
            console.summary(counts(input));
            // --keep-going publishes what could be read and names each skipped entry: that is a build.
            return Main.OK;
        } catch (ThemeException | StaticFiles.Clash e) {
            console.error(e.getMessage());
        } catch (IOException e) {
            console.error("cannot write " + options.outDir() + ": " + Problems.describe(e));
        } catch (UncheckedIOException e) {
            console.error(Problems.describe(e.getCause()));
        }
        return Main.INPUT_ERROR;
    }

    static String summary(BuildReport r, long millis) {
        return "built %d papers, %d topics, %d tags, %d pages in %d ms (%d warnings)"
                .formatted(r.papers(), r.topics(), r.tags(), r.pages(), millis, r.warnings());
    }

    /** Papers in = published + skipped, on every build, so that a drop shows in a CI log. */
    static String counts(SiteInput input) {
        int published = input.catalog().papers().size();
        int in = input.catalogReport().filter(ReadReport.class::isInstance).map(r -> ((ReadReport) r).papersIn())
                .orElse(published);
        return "papers in: %d, published: %d, skipped: %d".formatted(in, published, in - published);
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long errorCount(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
