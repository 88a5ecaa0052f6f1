package dev.sitegen.site;

import dev.sitegen.catalog.CatalogBuilder;
import dev.sitegen.catalog.CatalogResult;
import dev.sitegen.catalog.TagAliases;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.digest.DigestReader;
import dev.sitegen.digest.DigestReading;
import java.nio.file.Path;
import java.util.Optional;

/** The read → catalog stages for a content directory: digest files and tag aliases in, a {@link SiteInput} out. */
public final class ContentReader {
    private final DigestReader reader = new DigestReader();
    private final CatalogBuilder catalogBuilder = new CatalogBuilder();

    public SiteInput read(Path contentDir, SiteConfig config) throws ConfigException {
        TagAliases aliases = TagAliases.load(contentDir);
        DigestReading reading = reader.read(contentDir);
        CatalogResult result = catalogBuilder.build(reading, config, aliases);
        return new SiteInput(result.catalog(), result.diagnostics(), Optional.of(result.report()));
    }
}
