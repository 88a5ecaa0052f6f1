package dev.sitegen.cli;

import dev.sitegen.site.SiteInput;
import java.util.Optional;

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
        Optional<ContentLoader.Loaded> loaded = ContentLoader.load(options, source, console);
        if (loaded.isEmpty()) {
            return Main.INPUT_ERROR;
        }
        SiteInput input = loaded.get().input();
        long errors = BuildCommand.errorCount(input.diagnostics());
        long warnings = input.diagnostics().size() - errors;
        console.summary("checked %d papers in %d topics in %d ms: %d errors, %d warnings".formatted(
                input.catalog().papers().size(), input.catalog().topics().size(),
                BuildCommand.millisSince(start), errors, warnings));
        return errors > 0 ? Main.INPUT_ERROR : Main.OK;
    }
}
