package dev.sitegen.cli;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.site.SiteInput;
import java.nio.file.Path;

/** The read → catalog stages as the build command sees them: a content directory in, a catalog out. */
@FunctionalInterface
interface CatalogSource {
    SiteInput read(Path contentDir, SiteConfig config) throws ConfigException;
}
