package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteInput;
import dev.sitegen.site.SiteOutput;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code check}: runs the read and catalog stages (config, tag aliases, digests) without rendering,
 * prints every diagnostic (as GitHub annotations with {@code --format github}) and exits 1 on errors or
 * when no paper was read (a build would refuse that content).
 */
final class CheckCommand {

    int run(Options options, Console console) {
        long start = System.nanoTime();
        Optional<SiteConfig> config = BuildCommand.config(options, console);
        if (config.isEmpty()) {
            return Main.INPUT_ERROR;
        }
        SiteInput input;
        try {
            input = new SiteBuilder(options.templatesDir(), new RichText(), console::stage)
                    .build(options.contentDir(), config.get(), SiteOutput.NONE)
                    .input();
        } catch (ConfigException | IOException e) {
            console.error(e.getMessage());
            return Main.INPUT_ERROR;
        }
        console.diagnostics(input.diagnostics(), options.contentDir());
        long errors = BuildCommand.errorCount(input.diagnostics());
        long warnings = input.diagnostics().size() - errors;
        console.summary("checked %d papers in %d topics in %d ms: %d errors, %d warnings"
                .formatted(
                        input.catalog().papers().size(),
                        input.catalog().topics().size(),
                        BuildCommand.millisSince(start),
                        errors,
                        warnings));
        if (input.catalog().papers().isEmpty()) {
            // A build would refuse to publish this content, so the pull-request check must fail on it too.
            console.error("no paper was read from " + options.contentDir()
                    + "; add a digest (*.txt), or build with --allow-empty if an empty site is intended");
            return Main.INPUT_ERROR;
        }
        return errors > 0 ? Main.INPUT_ERROR : Main.OK;
    }
}
