package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.site.SiteInput;
import java.nio.file.Files;
import java.util.Optional;

/** What {@code build} and {@code check} both start with: site.yml and the read → catalog stages, diagnostics printed. */
final class ContentLoader {
    /** The configuration and the catalogued content of a command's {@code --content} directory. */
    record Loaded(SiteConfig config, SiteInput input) {
    }

    private ContentLoader() {
    }

    /** Empty when the directory is missing or the configuration is unusable; the error is printed. */
    static Optional<Loaded> load(Options options, CatalogSource source, Console console) {
        if (!Files.isDirectory(options.contentDir())) {
            console.error("content directory " + options.contentDir() + " does not exist (see --content)");
            return Optional.empty();
        }
        try {
            SiteConfig config = new SiteConfigReader().read(options.contentDir());
            SiteInput input = source.read(options.contentDir(), config);
            console.diagnostics(input.diagnostics(), options.contentDir());
            return Optional.of(new Loaded(config, input));
        } catch (ConfigException e) {
            console.error(e.getMessage());
            return Optional.empty();
        }
    }
}
