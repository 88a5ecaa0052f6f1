package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.Templates;
import dev.sitegen.render.ThemeAssets;
import dev.sitegen.render.ThemeException;
import dev.sitegen.site.BuildReport;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteInput;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** {@code build}: read → catalog → render → index → write, then one summary line. */
final class BuildCommand {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;

    private final CatalogSource source;

    BuildCommand(CatalogSource source) {
        this.source = source;
    }

    int run(BuildOptions options, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.contentDir())) {
            err.println("error: content directory " + options.contentDir() + " does not exist (see --content)");
            return INPUT_ERROR;
        }
        try {
            SiteConfig config = new SiteConfigReader().read(options.contentDir());
            config = options.baseUrl().map(config::withBaseUrl).orElse(config);
            SiteInput input = source.read(options.contentDir(), config);
            input.diagnostics().forEach(err::println);
            if (input.hasErrors() && !options.keepGoing()) {
                err.println("error: " + errorCount(input.diagnostics())
                        + " input error(s); nothing was written (fix them, or use --keep-going)");
                return INPUT_ERROR;
            }
            Templates templates = Templates.open(options.templatesDir());
            var assets = ThemeAssets.read(options.templatesDir());
            BuildReport report = new SiteBuilder(config, templates, assets, new RichText())
                    .build(input, options.outDir());
            out.println(summary(report, (System.nanoTime() - start) / 1_000_000));
            // --keep-going publishes what could be read and names each skipped entry: that is a build.
            return input.hasErrors() && !options.keepGoing() ? INPUT_ERROR : OK;
        } catch (ConfigException | ThemeException e) {
            err.println("error: " + e.getMessage());
        } catch (IOException e) {
            err.println("error: cannot write " + options.outDir() + ": " + e);
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause());
        }
        return INPUT_ERROR;
    }

    static String summary(BuildReport r, long millis) {
        return "built %d papers, %d topics, %d tags, %d pages in %d ms (%d warnings)"
                .formatted(r.papers(), r.topics(), r.tags(), r.pages(), millis, r.warnings());
    }

    private static long errorCount(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
