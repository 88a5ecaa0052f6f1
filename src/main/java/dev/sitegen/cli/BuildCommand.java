package dev.sitegen.cli;

import dev.sitegen.catalog.ReadReport;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.ContentTime;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.ThemeException;
import dev.sitegen.site.BuildReport;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteInput;
import dev.sitegen.site.StagedOutput;
import dev.sitegen.site.StaticFiles;
import dev.sitegen.text.ContentMemo;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code build}: read → catalog → index → discover → render → write ({@link SiteBuilder}), then one summary line. */
final class BuildCommand {

    int run(Options options, Console console) {
        long start = System.nanoTime();
        Optional<SiteConfig> config = config(options, console);
        if (config.isEmpty()) {
            return Main.INPUT_ERROR;
        }
        SiteConfig site = options.baseUrl().map(config.get()::withBaseUrl).orElse(config.get());
        if (site.baseUrl().isEmpty()) {
            console.warning("no base URL (--base-url, or baseUrl in site.yml): no sitemap.xml, and the feed's"
                    + " links are relative");
        }
        try (StagedOutput output = new StagedOutput(options.outDir(), options.keepGoing(), options.allowEmpty())) {
            // The index, the similar papers and the pages all ask for the same abstracts and fields: a memo that
            // lives for this one build renders each once (without it the build takes 11 % more CPU).
            RichText text = new RichText(new ContentMemo());
            SiteBuilder.Result result = new SiteBuilder(options.templatesDir(), text, console::stage)
                    .build(options.contentDir(), site, output);
            SiteInput input = result.input();
            console.diagnostics(input.diagnostics(), options.contentDir());
            if (result.report().isEmpty() && input.hasErrors()) {
                console.error(errorCount(input.diagnostics())
                        + " input error(s); nothing was written (fix them, or use --keep-going)");
                return Main.INPUT_ERROR;
            }
            if (result.report().isEmpty()) {
                console.error(
                        "no paper was read from " + options.contentDir() + ", so nothing was written and the "
                                + "previous site stays; add a digest (*.txt), or use --allow-empty if an empty site is intended");
                return Main.INPUT_ERROR;
            }
            Files.write(reportFile(options), result.report().get().toJson());
            console.summary(summary(result.report().get(), millisSince(start)));
            console.summary(counts(input));
            // --keep-going publishes what could be read and names each skipped entry: that is a build.
            return Main.OK;
        } catch (ConfigException | ThemeException | StaticFiles.Clash e) {
            console.error(e.getMessage());
        } catch (IOException e) {
            console.error("cannot write " + options.outDir() + " or its report: " + Problems.describe(e));
        } catch (UncheckedIOException e) {
            console.error(Problems.describe(e.getCause()));
        }
        return Main.INPUT_ERROR;
    }

    /** The content directory's site.yml; empty when the directory is missing or the file unusable (error printed). */
    static Optional<SiteConfig> config(Options options, Console console) {
        if (!Files.isDirectory(options.contentDir())) {
            console.error("content directory " + options.contentDir() + " does not exist (see --content)");
            return Optional.empty();
        }
        try {
            return Optional.of(
                    ContentTime.stamp(new SiteConfigReader().read(options.contentDir()), options.contentDir()));
        } catch (ConfigException e) {
            console.error(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The build report goes beside the site, not into it: readers have no use for it, and it names the
     * skipped entries for the maintainer ({@code site-out} gets {@code site-out-report.json}).
     */
    static Path reportFile(Options options) {
        Path out = options.outDir().toAbsolutePath().normalize();
        return options.reportFile().orElse(out.resolveSibling(out.getFileName() + "-report.json"));
    }

    /** Papers in = published + skipped, on every build, so that a drop shows in a CI log. */
    static String counts(SiteInput input) {
        int published = input.catalog().papers().size();
        int in = input.catalogReport()
                .filter(ReadReport.class::isInstance)
                .map(r -> ((ReadReport) r).papersIn())
                .orElse(published);
        return "papers in: %d, published: %d, skipped: %d".formatted(in, published, in - published);
    }

    static String summary(BuildReport r, long millis) {
        return "built %d papers, %d topics, %d tags, %d pages in %d ms (%d warnings)"
                .formatted(r.papers(), r.topics(), r.tags(), r.pages(), millis, r.warnings());
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long errorCount(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
