package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.site.SiteInput;
import java.nio.file.Files;

/**
 * {@code check}: reads and validates the content (config, tag aliases, digests) without rendering,
 * prints every diagnostic (as GitHub annotations with {@code --format github}) and exits 1 on errors.
 */
final class CheckCommand {
    private final CatalogSource source;

    CheckCommand(CatalogSource source) {
        this.source = source;
    }

    int run(Options options, Console console) {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.contentDir())) {
            console.error("content directory " + options.contentDir() + " does not exist (see --content)");
            return Main.INPUT_ERROR;
        }
        try {
            SiteConfig config = new SiteConfigReader().read(options.contentDir());
            SiteInput input = source.read(options.contentDir(), config);
            console.diagnostics(input.diagnostics());
            long errors = BuildCommand.errorCount(input.diagnostics());
            long warnings = input.diagnostics().size() - errors;
            console.summary("checked %d papers in %d topics in %d ms: %d errors, %d warnings".formatted(
                    input.catalog().papers().size(), input.catalog().topics().size(),
                    BuildCommand.millisSince(start), errors, warnings));
            return errors > 0 ? Main.INPUT_ERROR : Main.OK;
        } catch (ConfigException e) {
            console.error(e.getMessage());
            return Main.INPUT_ERROR;
        }
    }
}
